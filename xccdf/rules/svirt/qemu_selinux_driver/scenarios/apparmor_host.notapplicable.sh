# The rule does not apply to an AppArmor host, and its fix, run anyway, leaves qemu.conf alone.
# remediation: unchanged /etc/libvirt/qemu.conf
apparmor_host_base
qemu_conf 'security_driver = "apparmor"'
