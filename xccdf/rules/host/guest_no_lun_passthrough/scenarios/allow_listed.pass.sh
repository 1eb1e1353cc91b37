# value: allowed_lun_disks=/dev/disk/by-id/wwn-0x5000c500a1b2c3d4
# evidence: result=pass guest=cluster01 class=lun device=/dev/disk/by-id/wwn-0x5000c500a1b2c3d4 target=sda
host_base
define_guest cluster01 "<disk type='block' device='lun'><source dev='/dev/disk/by-id/wwn-0x5000c500a1b2c3d4'/><target dev='sda' bus='scsi'/></disk>"
