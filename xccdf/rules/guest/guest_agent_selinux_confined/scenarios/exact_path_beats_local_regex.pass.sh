# libselinux tries exact paths before regular expressions: a local pattern covering /usr/bin
# does not override the policy's exact line for the agent
guest_base
qemu_ga_packaged
guest_selinux_targeted
running_host
host_file /etc/selinux/targeted/contexts/files/file_contexts.local '/usr/bin/.*    system_u:object_r:bin_t:s0'
