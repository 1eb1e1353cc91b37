# evidence: result=error guest=web01 .*reason="chardev_tls is a string, expected
host_base
qemu_conf 'chardev_tls = "yes"'
define_guest web01 "<console type='tcp'><source mode='bind' host='127.0.0.1' service='4555'/></console>"
