# a drop-in replaces the command line; its block options add up to the full list
guest_base
qemu_ga_packaged
host_file /etc/sysconfig/qemu-ga 'FILTER_RPC_ARGS=""'
host_file /etc/systemd/system/qemu-guest-agent.service.d/override.conf '[Service]' 'ExecStart=' \
    'ExecStart=/usr/bin/qemu-ga --method=virtio-serial --block-rpcs=guest-exec,guest-exec-status \' \
    '    -b guest-file-open,guest-file-close,guest-file-read,guest-file-write,guest-file-seek,guest-file-flush'
