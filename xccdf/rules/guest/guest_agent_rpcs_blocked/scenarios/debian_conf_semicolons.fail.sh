# a blacklist separated by semicolons: qemu-ga splits at commas only, so this names one unknown
# RPC and blocks nothing (qemu-ga -D of Debian's 7.2 agent prints it back as one element)
# evidence: result=fail .*available=guest-exec
guest_base
host_file /usr/sbin/qemu-ga ''
host_file /lib/systemd/system/qemu-guest-agent.service '[Service]' 'ExecStart=/usr/sbin/qemu-ga'
host_file /etc/qemu/qemu-ga.conf '[general]' 'blacklist=guest-file-open;guest-file-close;guest-file-read;guest-file-write;guest-file-seek;guest-file-flush;guest-exec;guest-exec-status;'
