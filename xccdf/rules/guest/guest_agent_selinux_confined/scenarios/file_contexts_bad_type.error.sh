# a file type libselinux does not know: it refuses the whole set of file contexts
# evidence: result=error .*invalid file type
guest_base
qemu_ga_packaged
guest_selinux_targeted
running_host
host_file /etc/selinux/targeted/contexts/files/file_contexts.local '/srv(/.*)?  -x  system_u:object_r:var_t:s0'
