# A running guest's SPICE display on a UNIX socket has no plaintext TCP port; a TLS-only one passes.
# evidence: result=pass guest=web01 definition=live
host_base
run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "<graphics type='spice' port='5900' tlsPort='5901' autoport='yes'/>"
sed -i "s|port='5900' ||" "$ROOT/run/libvirt/qemu/web01.xml"
run_guest sock01 4102 system_u:system_r:svirt_t:s0:c3,c4 "<graphics type='spice'><listen type='socket' socket='/run/sock01.spice'/></graphics>"
