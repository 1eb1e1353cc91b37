# $NAME as a whole word is split into words; the environment file's quotes and a continued line
guest_base
host_file /usr/sbin/qemu-ga ''
host_file /etc/default/qemu-ga '# options' 'DAEMON_ARGS="-b guest-exec,guest-exec-status \' \
    '  --block-rpcs=guest-file-open,guest-file-close,guest-file-read,guest-file-write,guest-file-seek,guest-file-flush"'
host_file /lib/systemd/system/qemu-guest-agent.service '[Service]' 'EnvironmentFile=-/etc/default/qemu-ga' \
    'ExecStart=/usr/sbin/qemu-ga $DAEMON_ARGS'
