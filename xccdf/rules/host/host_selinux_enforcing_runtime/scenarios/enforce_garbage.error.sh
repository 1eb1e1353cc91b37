# odd content: the kernel writes 0 or 1
host_base
running_host
printf 'enforcing' > "$ROOT/sys/fs/selinux/enforce"
