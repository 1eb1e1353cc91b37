# /etc/modprobe.d/kvm.conf hides the vendor file of the same name
host_base
running_host
host_file /sys/module/kvm_amd/parameters/nested 0
host_file /lib/modprobe.d/kvm.conf 'options kvm_amd nested=1'
host_file /etc/modprobe.d/kvm.conf 'options kvm_amd nested=0'
