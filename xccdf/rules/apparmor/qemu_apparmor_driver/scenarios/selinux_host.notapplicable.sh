# An SELinux host with libvirt's AppArmor files installed too: the SELinux rules judge it.
host_base
apparmor_policy_installed
