# a drop-in that cannot be read: the command line systemd uses is unknown
# evidence: result=error .*override.conf.*not a regular file
guest_base
qemu_ga_packaged '--blacklist=${BLACKLIST_RPC}'
host_file /etc/sysconfig/qemu-ga 'BLACKLIST_RPC=guest-file-open,guest-file-close,guest-file-read,guest-file-write,guest-file-seek,guest-file-flush,guest-exec,guest-exec-status'
mkdir -p "$ROOT/etc/systemd/system/qemu-guest-agent.service.d"
mkfifo "$ROOT/etc/systemd/system/qemu-guest-agent.service.d/override.conf"
