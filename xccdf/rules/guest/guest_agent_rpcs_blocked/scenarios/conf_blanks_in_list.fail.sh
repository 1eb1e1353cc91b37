# blanks after the commas become part of the names: only guest-file-open is blocked
# evidence: result=fail .*available=.*guest-file-close
guest_base
host_file /usr/sbin/qemu-ga ''
host_file /lib/systemd/system/qemu-guest-agent.service '[Service]' 'ExecStart=/usr/sbin/qemu-ga'
host_file /etc/qemu/qemu-ga.conf '[general]' 'block-rpcs = guest-file-open, guest-file-close, guest-file-read, guest-file-write, guest-file-seek, guest-file-flush, guest-exec, guest-exec-status'
