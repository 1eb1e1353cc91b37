# RHEL 8 as installed
guest_base
qemu_ga_packaged '--blacklist=${BLACKLIST_RPC}'
host_file /etc/sysconfig/qemu-ga '# Comma-separated blacklist of RPCs to disable' 'BLACKLIST_RPC=guest-file-open,guest-file-close,guest-file-read,guest-file-write,guest-file-seek,guest-file-flush,guest-exec,guest-exec-status' 'FSFREEZE_HOOK_PATHNAME=/etc/qemu-ga/fsfreeze-hook'
