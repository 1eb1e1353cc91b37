host_base
define_guest db01 "<disk type='block' device='disk'><source dev='/dev/sdb1'/><target dev='vda' bus='virtio'/></disk>"
host_file /etc/lvm/lvm.conf 'devices {' '	global_filter = [ "a|.*|" ]' '}'
