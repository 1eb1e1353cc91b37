# evidence: result=pass guest=web01 definition=persistent device=redirdev type=tcp endpoint=192.0.2.1:4000 tls=yes
# evidence: result=pass guest=web01 definition=persistent device=rng type=tcp endpoint=192.0.2.2:708 tls=default note=
host_base
qemu_conf 'chardev_tls = 1'
define_guest web01 "<redirdev bus='usb' type='tcp'><source mode='connect' host='192.0.2.1' service='4000' tls='yes'/></redirdev><rng model='virtio'><backend model='egd' type='tcp'><source mode='connect' host='192.0.2.2' service='708'/><protocol type='raw'/></backend></rng>"
