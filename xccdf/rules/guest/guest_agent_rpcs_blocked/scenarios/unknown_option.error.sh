# qemu-ga exits on an option it does not know
# evidence: result=error .*does not know the option --no-such-option
guest_base
host_file /usr/sbin/qemu-ga ''
host_file /lib/systemd/system/qemu-guest-agent.service '[Service]' \
    'ExecStart=/usr/sbin/qemu-ga --no-such-option --block-rpcs=guest-exec,guest-exec-status,guest-file-open,guest-file-close,guest-file-read,guest-file-write,guest-file-seek,guest-file-flush'
