# the current boolean file is a FIFO
host_base
running_host
mkdir -p "$ROOT/sys/fs/selinux/booleans"
mkfifo "$ROOT/sys/fs/selinux/booleans/unprivuser_use_svirt"
