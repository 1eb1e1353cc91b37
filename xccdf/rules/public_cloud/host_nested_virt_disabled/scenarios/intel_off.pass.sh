host_base
running_host
host_file /sys/module/kvm_intel/parameters/nested N
host_file /etc/modprobe.d/kvm.conf 'options kvm_intel nested=0'
host_file /etc/modprobe.d/kvm-amd.conf 'options kvm_amd avic=1 nested=off # no nesting'
