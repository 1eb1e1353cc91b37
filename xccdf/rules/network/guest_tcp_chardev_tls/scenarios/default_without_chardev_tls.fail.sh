# evidence: ^chardev_tls=0
# evidence: result=fail guest=web01 definition=persistent device=console type=tcp .*reason="no tls attribute and chardev_tls is not 1"
host_base
define_guest web01 "<console type='tcp'><source mode='bind' host='127.0.0.1' service='4555'/></console>"
