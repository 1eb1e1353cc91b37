# use_devicesfile = 1 without a devices file: LVM falls back to scanning everything
host_base
define_guest db01 "<disk type='block' device='disk'><source dev='/dev/sdb'/><target dev='vda'/></disk>"
host_file /etc/lvm/lvmlocal.conf 'devices {' '	use_devicesfile = 1' '}'
