# system.devices exists, but devicesfile names another file, which does not
host_base
define_guest db01 "<disk type='block' device='disk'><source dev='/dev/sdb'/><target dev='vda'/></disk>"
host_file /etc/lvm/lvm.conf 'devices {' '	use_devicesfile = 1' '	devicesfile = "host.devices"' '}'
host_file /etc/lvm/devices/system.devices 'IDTYPE=sys_wwid IDNAME=naa.600 DEVNAME=/dev/sda2 PVID=abc PART=2'
# evidence: devices_file_exists=no
