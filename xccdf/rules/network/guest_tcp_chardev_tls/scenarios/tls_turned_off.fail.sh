# evidence: result=fail guest=web01 definition=live device=serial type=tcp endpoint=0.0.0.0:4555 tls=no reason="TLS turned off"
host_base
qemu_conf 'chardev_tls = 1'
define_guest web01 "<serial type='pty'/>"
run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "<serial type='tcp'><source mode='bind' host='0.0.0.0' service='4555' tls='no'/></serial>"
