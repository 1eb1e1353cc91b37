# the unit does not read /etc/sysconfig/qemu-ga
guest_base
qemu_ga_packaged '--blacklist=${BLACKLIST_RPC}'
sed -i '/^EnvironmentFile=/d' "$ROOT/usr/lib/systemd/system/qemu-guest-agent.service"
host_file /etc/sysconfig/qemu-ga 'BLACKLIST_RPC=guest-file-open,guest-file-close,guest-file-read,guest-file-write,guest-file-seek,guest-file-flush,guest-exec,guest-exec-status'
