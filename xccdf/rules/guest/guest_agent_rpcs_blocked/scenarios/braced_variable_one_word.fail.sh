# ${NAME} stays one word: "-b ${FILTER}" passes "guest-exec --block-rpcs=..." as a single
# list whose first name is "guest-exec --block-rpcs=guest-exec-status"
# evidence: result=fail .*available=guest-exec
guest_base
host_file /usr/sbin/qemu-ga ''
host_file /etc/default/qemu-ga 'FILTER="guest-exec --block-rpcs=guest-exec-status,guest-file-open,guest-file-close,guest-file-read,guest-file-write,guest-file-seek,guest-file-flush"'
host_file /lib/systemd/system/qemu-guest-agent.service '[Service]' 'EnvironmentFile=-/etc/default/qemu-ga' \
    'ExecStart=/usr/sbin/qemu-ga -b ${FILTER}'
