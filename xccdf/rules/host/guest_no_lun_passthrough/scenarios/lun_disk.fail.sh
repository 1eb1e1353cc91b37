# evidence: result=fail guest=cluster01 class=lun device=/dev/sdc target=sda
host_base
define_guest cluster01 "<disk type='block' device='lun'><source dev='/dev/sdc'/><target dev='sda' bus='scsi'/></disk>"
