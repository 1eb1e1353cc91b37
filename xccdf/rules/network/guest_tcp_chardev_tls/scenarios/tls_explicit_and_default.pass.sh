# evidence: result=pass guest=web01 definition=persistent device=serial type=tcp endpoint=0.0.0.0:4555 tls=yes
# evidence: result=pass guest=web02 definition=persistent device=channel type=tcp endpoint=192.0.2.1:4556 tls=default note=
host_base
qemu_conf 'chardev_tls = 1'
define_guest web01 "<serial type='tcp'><source mode='bind' host='0.0.0.0' service='4555' tls='yes'/><protocol type='raw'/></serial>"
define_guest web02 "<channel type='tcp'><source mode='connect' host='192.0.2.1' service='4556'/><target type='virtio' name='org.example.0'/></channel>"
