# USB redirection, smartcard passthrough and an EGD entropy source over TCP are character
# devices on the network like a serial port.
# evidence: result=fail guest=web01 definition=persistent device=redirdev type=tcp endpoint=192.0.2.1:4000 tls=default
# evidence: result=fail guest=web01 definition=persistent device=smartcard type=tcp endpoint=0.0.0.0:4001 tls=no
# evidence: result=fail guest=web01 definition=persistent device=rng type=tcp endpoint=192.0.2.2:708 tls=default
host_base
define_guest web01 "<redirdev bus='usb' type='tcp'><source mode='connect' host='192.0.2.1' service='4000'/></redirdev><smartcard mode='passthrough' type='tcp'><source mode='bind' host='0.0.0.0' service='4001' tls='no'/><protocol type='raw'/></smartcard><rng model='virtio'><backend model='egd' type='tcp'><source mode='connect' host='192.0.2.2' service='708'/><protocol type='raw'/></backend></rng>"
