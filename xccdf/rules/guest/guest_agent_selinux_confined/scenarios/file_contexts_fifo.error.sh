# evidence: result=error .*file_contexts.*not a regular file
guest_base
qemu_ga_packaged
guest_selinux_targeted
running_host
rm "$ROOT/etc/selinux/targeted/contexts/files/file_contexts"
mkfifo "$ROOT/etc/selinux/targeted/contexts/files/file_contexts"
