# a later line for directories (-d) does not label the binary, a regular file
guest_base
qemu_ga_packaged
guest_selinux_targeted
running_host
host_file /etc/selinux/targeted/contexts/files/file_contexts.local '/usr/bin/qemu-ga(/.*)?  -d  system_u:object_r:bin_t:s0'
