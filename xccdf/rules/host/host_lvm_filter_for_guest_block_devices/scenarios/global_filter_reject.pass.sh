host_base
define_guest db01 "<disk type='block' device='disk'><source dev='/dev/sdb'/><target dev='vda' bus='virtio'/></disk>"
host_file /etc/lvm/lvm.conf 'devices {' '	# global_filter = [ "a|.*|" ]' '	global_filter = [ "a|^/dev/sda2$|",' '	                  "r|.*|" ]' '}'
# evidence: reject_entries=1
