# Whether a guest without a seclabel is confined depends on qemu.conf, which libvirt would reject.
# evidence: result=error guest=web01 definition=persistent seclabel=none object=/etc/libvirt/qemu.conf reason=
host_base
qemu_conf 'security_default_confined = [ 0'
define_guest web01 ""
