# Red Hat Enterprise Linux 9: the devices file is on by default
host_base
define_guest db01 "<disk type='block' device='disk'><source dev='/dev/sdb'/><target dev='vda'/></disk>"
host_file /etc/lvm/lvm.conf 'devices {' '	# use_devicesfile = 1' '}'
host_file /etc/lvm/devices/system.devices '# LVM uses devices listed in this file.' 'IDTYPE=sys_wwid IDNAME=naa.600 DEVNAME=/dev/sda2 PVID=abc PART=2'
# evidence: use_devicesfile_origin="built-in default
