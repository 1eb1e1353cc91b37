# semanage fcontext -a -t bin_t /usr/bin/qemu-ga
guest_base
qemu_ga_packaged
guest_selinux_targeted
running_host
host_file /etc/selinux/targeted/contexts/files/file_contexts.local '/usr/bin/qemu-ga    system_u:object_r:bin_t:s0'
