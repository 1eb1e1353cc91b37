host_base
host_file /etc/modprobe.d/kvm.conf 'options kvm_amd nested=1'
