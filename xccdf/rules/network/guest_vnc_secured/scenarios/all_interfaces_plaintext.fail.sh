# qemu.conf's vnc_listen is inherited by a display that names no address.
# evidence: result=fail guest=web01 definition=live listen=0.0.0.0 password=set tls=no reason="vnc_tls is not 1 in qemu.conf: plaintext console; listens on all interfaces"
host_base
qemu_conf 'vnc_listen = "0.0.0.0"'
define_and_run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "<graphics type='vnc' port='5900' passwd='s3cret'/>"
