# evidence: result=fail guest=web01 definition=persistent listen=127.0.0.1 password=none tls=yes reason="no password"
host_base
qemu_conf 'vnc_tls = 1'
define_guest web01 "<graphics type='vnc' port='-1' autoport='yes'/>"
