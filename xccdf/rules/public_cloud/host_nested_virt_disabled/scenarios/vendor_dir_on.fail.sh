# the vendor directories count too (kmod reads /usr/lib/modprobe.d and /lib/modprobe.d)
host_base
host_file /usr/lib/modprobe.d/kvm.conf 'options kvm_amd nested=1'
