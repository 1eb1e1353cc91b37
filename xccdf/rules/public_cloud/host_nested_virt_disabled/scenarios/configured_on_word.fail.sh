host_base
running_host
host_file /sys/module/kvm_amd/parameters/nested 0
host_file /etc/modprobe.d/kvm-amd.conf 'options kvm_amd nested=on'
