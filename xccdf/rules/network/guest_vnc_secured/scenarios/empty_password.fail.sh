# passwd='' is no secret: it overrides qemu.conf's vnc_password and protects nothing.
# evidence: result=fail guest=web01 definition=persistent listen=127.0.0.1 password=empty tls=yes reason=
host_base
qemu_conf 'vnc_tls = 1' 'vnc_password = "s3cret"'
define_guest web01 "<graphics type='vnc' autoport='yes' passwd=''/>"
