# QEMU 10 (Debian 13) reads allow-rpcs
guest_base
host_file /usr/sbin/qemu-ga ''
host_file /lib/systemd/system/qemu-guest-agent.service '[Service]' 'ExecStart=/usr/sbin/qemu-ga'
host_file /etc/qemu/qemu-ga.conf '[general]' 'allow-rpcs=guest-ping,guest-info,guest-shutdown'
host_file /var/lib/dpkg/status 'Package: qemu-guest-agent' 'Status: install ok installed' 'Version: 1:10.0.2+ds-2'
