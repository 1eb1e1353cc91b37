# lvmlocal.conf's accept-all global_filter replaces lvm.conf's rejecting one
host_base
define_guest db01 "<disk type='block' device='disk'><source dev='/dev/sdb'/><target dev='vda'/></disk>"
host_file /etc/lvm/lvm.conf 'devices {' '	global_filter = [ "a|^/dev/sda2$|", "r|.*|" ]' '}'
host_file /etc/lvm/lvmlocal.conf 'devices/global_filter = "a|.*|"'
# evidence: global_filter=a\|\.\*\|
