# socket= on a VNC <graphics> replaces a first <listen type='address'>: QEMU listens on the UNIX
# socket only, no TCP port, whatever the address says.
# evidence: result=pass guest=web01 definition=persistent listen=socket:/run/web01.vnc note="no network listener"
host_base
define_guest web01 "<graphics type='vnc' socket='/run/web01.vnc'><listen type='address' address='0.0.0.0'/></graphics>"
