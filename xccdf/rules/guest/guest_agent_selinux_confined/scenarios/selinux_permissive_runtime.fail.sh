# setenforce 0
guest_base
qemu_ga_packaged
guest_selinux_targeted
host_file /sys/fs/selinux/enforce 0
