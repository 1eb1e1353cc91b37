# An SELinux host's running guests are judged by guest_svirt_process_label.
host_base
apparmor_policy_installed
define_and_run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "" "$(svirt_dynamic system_u:system_r:svirt_t:s0:c1,c2)"
