guest_base
qemu_ga_packaged '--blacklist=${BLACKLIST_RPC}'
host_file /etc/sysconfig/qemu-ga 'BLACKLIST_RPC=guest-file-open,guest-file-close,guest-file-read,guest-file-seek,guest-file-flush,guest-exec,guest-exec-status'
