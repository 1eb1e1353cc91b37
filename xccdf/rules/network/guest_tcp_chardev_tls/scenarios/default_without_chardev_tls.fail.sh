# evidence: ^chardev_tls=0
# The first <console> of an HVM guest is its first serial port to libvirt
# (virDomainDefAddConsoleCompat): one device, judged as the serial port it is.
# evidence: result=fail guest=web01 definition=persistent device=serial type=tcp .*reason="no tls attribute and chardev_tls is not 1"
host_base
define_guest web01 "<console type='tcp'><source mode='bind' host='127.0.0.1' service='4555'/></console>"
