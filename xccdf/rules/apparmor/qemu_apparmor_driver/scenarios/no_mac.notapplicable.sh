# Neither LSM active nor configured: host_mac_confines_guests alone fails.
host_base
selinux_disabled
running_host
