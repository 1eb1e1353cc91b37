host_base
host_file /etc/group 'root:x:0:' 'wheel:x:10:alice' 'libvirt:x:990:' 'kvm:x:36:qemu'
