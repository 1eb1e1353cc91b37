guest_base
qemu_ga_packaged '--block-rpcs=${BLOCK_RPCS}'
host_file /etc/sysconfig/qemu-ga 'BLOCK_RPCS="guest-file-open,guest-file-close,guest-file-read,guest-file-write,guest-file-seek,guest-file-flush,guest-exec,guest-exec-status"' 'FSFREEZE_HOOK_PATHNAME=/etc/qemu-ga/fsfreeze-hook'
