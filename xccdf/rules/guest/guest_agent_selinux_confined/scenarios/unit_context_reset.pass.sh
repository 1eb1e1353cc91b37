# a later drop-in resets SELinuxContext: systemd applies none
guest_base
qemu_ga_packaged
guest_selinux_targeted
running_host
host_file /etc/systemd/system/qemu-guest-agent.service.d/10-management.conf '[Service]' 'SELinuxContext=system_u:system_r:unconfined_service_t:s0'
host_file /etc/systemd/system/qemu-guest-agent.service.d/20-reset.conf '[Service]' 'SELinuxContext='
