# a FIFO where the config file should be cannot be judged
host_base
mkdir -p "$ROOT/etc/selinux"
mkfifo "$ROOT/etc/selinux/config"
# evidence: not a regular file
