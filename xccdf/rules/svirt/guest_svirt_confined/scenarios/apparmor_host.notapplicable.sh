# A Debian/Ubuntu host confines guests with AppArmor: the AppArmor rules judge it.
apparmor_host_base
apparmor_running_guest web01 4101
