# evidence: ^vnc_tls=1 qemu_conf_vnc_password=unset
# evidence: result=pass guest=web01 definition=persistent listen=127.0.0.1 password=set tls=yes
# evidence: result=pass guest=web02 definition=persistent listen=socket:/run/web02.vnc note=
host_base
qemu_conf 'vnc_tls = 1'
define_guest web01 "<graphics type='vnc' port='-1' autoport='yes' passwd='s3cret'/>"
define_guest web02 "<graphics type='vnc'><listen type='socket' socket='/run/web02.vnc'/></graphics>"
