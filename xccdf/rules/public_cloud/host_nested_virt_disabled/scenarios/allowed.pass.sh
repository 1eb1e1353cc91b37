# value: nested_virtualization_allowed=true
host_base
running_host
host_file /sys/module/kvm_intel/parameters/nested Y
host_file /etc/modprobe.d/kvm.conf 'options kvm_intel nested=1'
