# Debian 12's qemu-ga 7.2 does not know --allow-rpcs: it exits instead of serving
# evidence: result=error .*does not know the option --allow-rpcs
guest_base
host_file /usr/sbin/qemu-ga ''
host_file /lib/systemd/system/qemu-guest-agent.service '[Service]' 'ExecStart=/usr/sbin/qemu-ga --allow-rpcs=guest-ping'
host_file /var/lib/dpkg/status 'Package: qemu-guest-agent' 'Status: install ok installed' 'Version: 1:7.2+dfsg-7+deb12u18+b3'
