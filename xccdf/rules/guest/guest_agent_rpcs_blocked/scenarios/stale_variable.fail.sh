# an old BLOCK_RPCS kept after the unit moved to FILTER_RPC_ARGS: nothing passes it on
guest_base
qemu_ga_packaged
host_file /etc/sysconfig/qemu-ga 'BLOCK_RPCS=guest-file-open,guest-file-close,guest-file-read,guest-file-write,guest-file-seek,guest-file-flush,guest-exec,guest-exec-status'
