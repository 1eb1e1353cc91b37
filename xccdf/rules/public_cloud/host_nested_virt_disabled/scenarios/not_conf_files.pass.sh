# files kmod does not read: not *.conf
host_base
running_host
host_file /sys/module/kvm_intel/parameters/nested N
host_file /etc/modprobe.d/kvm.conf.rpmsave 'options kvm_intel nested=1'
host_file /etc/modprobe.d/.kvm.conf 'options kvm_intel nested=1'
