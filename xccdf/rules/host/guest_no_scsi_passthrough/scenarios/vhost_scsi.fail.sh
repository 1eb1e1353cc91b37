# evidence: result=fail guest=db01 class=scsi device=naa.5123456789abcde0 type=scsi_host
host_base
define_guest db01 "<hostdev mode='subsystem' type='scsi_host'><source protocol='vhost' wwpn='naa.5123456789abcde0'/></hostdev>"
