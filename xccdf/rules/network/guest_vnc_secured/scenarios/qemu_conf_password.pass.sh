# evidence: result=pass guest=web01 definition=persistent listen=192.0.2.10 password=set tls=yes
host_base
qemu_conf 'vnc_tls = 1' 'vnc_password = "fallback"'
define_guest web01 "<graphics type='vnc' port='-1' autoport='yes' listen='192.0.2.10'/>"
