# setenforce 0
guest_base
qemu_ga_packaged
guest_selinux_targeted
running_host
host_file /sys/fs/selinux/enforce 0
