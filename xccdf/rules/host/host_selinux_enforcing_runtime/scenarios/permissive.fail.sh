host_base
running_host
printf '0' > "$ROOT/sys/fs/selinux/enforce"
