# Neither SELinux nor AppArmor: host_mac_confines_guests alone fails.
host_base
selinux_disabled
running_host
define_and_run_guest web01 4101 "" ""
