# kmod passes a trailing comment to the module: the kernel applies the nested=1 in it
host_base
running_host
host_file /sys/module/kvm_intel/parameters/nested N
host_file /etc/modprobe.d/kvm.conf 'options kvm_intel nested=0 # was nested=1'
