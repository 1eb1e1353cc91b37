# selinuxfs enforce is a FIFO: not what the kernel shows; cannot be judged
host_base
running_host
rm -f "$ROOT/sys/fs/selinux/enforce"
mkfifo "$ROOT/sys/fs/selinux/enforce"
# evidence: object=/sys/fs/selinux/enforce
