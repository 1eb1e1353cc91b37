# evidence: result=error object=/run/libvirt/qemu/tape01.xml
host_base
define_guest tape01 "<hostdev mode='subsystem' type='scsi'><source><adapter name='scsi_host2'/><address bus='0' target='0' unit='1'/></source></hostdev>"
printf "<domstatus state='running' pid='12'><domain><name>tape01</name><devices><hostdev" > "$ROOT/run/libvirt/qemu/tape01.xml"
# value: allowed_scsi_devices=scsi_host2:0:0:1
