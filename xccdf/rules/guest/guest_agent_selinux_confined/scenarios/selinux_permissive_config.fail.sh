guest_base
qemu_ga_packaged
guest_selinux_targeted
running_host
host_file /etc/selinux/config 'SELINUX=permissive' 'SELINUXTYPE=targeted'
