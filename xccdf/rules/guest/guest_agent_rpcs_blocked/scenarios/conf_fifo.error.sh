# evidence: result=error .*/etc/qemu/qemu-ga.conf.*not a regular file
guest_base
host_file /usr/sbin/qemu-ga ''
host_file /lib/systemd/system/qemu-guest-agent.service '[Service]' 'ExecStart=/usr/sbin/qemu-ga'
mkdir -p "$ROOT/etc/qemu"
mkfifo "$ROOT/etc/qemu/qemu-ga.conf"
