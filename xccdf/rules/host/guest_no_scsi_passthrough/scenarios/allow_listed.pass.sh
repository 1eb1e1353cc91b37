# value: allowed_scsi_devices=scsi_host2:0:0:1
# evidence: result=pass guest=tape01 class=scsi device=scsi_host2:0:0:1 type=scsi
host_base
define_guest tape01 "<hostdev mode='subsystem' type='scsi'><source><adapter name='scsi_host2'/><address bus='0' target='0' unit='1'/></source></hostdev>"
