# the site also blocks password changes; RHEL 8's list does not
# value: qemu_ga_blocked_rpcs=guest-exec,guest-file-open,guest-set-user-password
guest_base
qemu_ga_packaged '--blacklist=${BLACKLIST_RPC}'
host_file /etc/sysconfig/qemu-ga 'BLACKLIST_RPC=guest-file-open,guest-file-close,guest-file-read,guest-file-write,guest-file-seek,guest-file-flush,guest-exec,guest-exec-status'
