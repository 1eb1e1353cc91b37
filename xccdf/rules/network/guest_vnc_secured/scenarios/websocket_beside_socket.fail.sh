# A WebSocket port is a TCP listener of the display even when the display itself is on a UNIX
# socket: it needs the password and TLS like any network console.
# evidence: result=fail guest=web01 definition=persistent listen=socket:/run/web01.vnc,websocket:127.0.0.1 password=none tls=yes reason="no password"
host_base
qemu_conf 'vnc_tls = 1'
define_guest web01 "<graphics type='vnc' websocket='5700'><listen type='socket' socket='/run/web01.vnc'/></graphics>"
