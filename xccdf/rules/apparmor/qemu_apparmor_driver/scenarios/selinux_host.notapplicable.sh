# An SELinux host with libvirt's AppArmor files installed too: the SELinux rules judge it.
# remediation: unchanged /etc/libvirt/qemu.conf
host_base
apparmor_policy_installed
