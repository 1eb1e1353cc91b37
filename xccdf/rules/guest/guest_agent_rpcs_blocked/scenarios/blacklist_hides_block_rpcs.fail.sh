# with both keys present qemu-ga reads blacklist only: the complete block-rpcs is ignored
# evidence: result=fail .*available=.*guest-file-write
guest_base
host_file /usr/sbin/qemu-ga ''
host_file /lib/systemd/system/qemu-guest-agent.service '[Service]' 'ExecStart=/usr/sbin/qemu-ga'
host_file /etc/qemu/qemu-ga.conf '[general]' \
    'block-rpcs=guest-file-open,guest-file-close,guest-file-read,guest-file-write,guest-file-seek,guest-file-flush,guest-exec,guest-exec-status' \
    'blacklist=guest-exec,guest-exec-status'
