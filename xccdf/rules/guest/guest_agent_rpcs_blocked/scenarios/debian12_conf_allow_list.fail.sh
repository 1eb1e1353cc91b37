# Debian 12's qemu-ga 7.2 (as dpkg records it) ignores allow-rpcs: every RPC stays available
# evidence: result=fail .*available=guest-exec
guest_base
host_file /usr/sbin/qemu-ga ''
host_file /lib/systemd/system/qemu-guest-agent.service '[Service]' 'ExecStart=/usr/sbin/qemu-ga'
host_file /etc/qemu/qemu-ga.conf '[general]' 'allow-rpcs=guest-ping,guest-info,guest-shutdown'
host_file /var/lib/dpkg/status 'Package: base-files' 'Status: install ok installed' 'Version: 12.4+deb12u5' '' \
    'Package: qemu-guest-agent' 'Status: install ok installed' 'Priority: optional' 'Section: admin' \
    'Architecture: amd64' 'Source: qemu' 'Version: 1:7.2+dfsg-7+deb12u18+b3' 'Description: Guest-side qemu-system agent' \
    ' QEMU Guest Agent, a daemon that runs on the guest.'
