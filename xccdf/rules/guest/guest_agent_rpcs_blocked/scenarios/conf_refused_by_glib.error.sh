# a line GLib cannot read: qemu-ga exits at start
# evidence: result=error .*GLib cannot load it
guest_base
host_file /usr/sbin/qemu-ga ''
host_file /lib/systemd/system/qemu-guest-agent.service '[Service]' 'ExecStart=/usr/sbin/qemu-ga'
host_file /etc/qemu/qemu-ga.conf '[general]' 'block-rpcs=guest-exec' 'not a key'
