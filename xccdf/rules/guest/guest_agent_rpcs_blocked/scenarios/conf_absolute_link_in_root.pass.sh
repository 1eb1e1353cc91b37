# the configuration file is an absolute link: resolved inside the judged root, not on the
# scanning machine
guest_base
host_file /usr/sbin/qemu-ga ''
host_file /lib/systemd/system/qemu-guest-agent.service '[Service]' 'ExecStart=/usr/sbin/qemu-ga'
host_file /srv/guest-agent/qemu-ga.conf '[general]' 'block-rpcs=guest-file-open,guest-file-close,guest-file-read,guest-file-write,guest-file-seek,guest-file-flush,guest-exec,guest-exec-status'
mkdir -p "$ROOT/etc/qemu"
ln -s /srv/guest-agent/qemu-ga.conf "$ROOT/etc/qemu/qemu-ga.conf"
