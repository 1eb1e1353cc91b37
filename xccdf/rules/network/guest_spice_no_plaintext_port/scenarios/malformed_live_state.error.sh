# evidence: result=error object=/run/libvirt/qemu/web02.xml
host_base
run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "<graphics type='spice' port='-1' tlsPort='5901'/>"
printf "<domstatus state='running' pid='13'><domain><name>web02</name><devices><graphics type='spice' port='5900'" > "$ROOT/run/libvirt/qemu/web02.xml"
