# lvmlocal.conf's global_filter replaces lvm.conf's (lvm merges the files, the later wins)
host_base
define_guest db01 "<disk type='block' device='disk'><source dev='/dev/sdb'/><target dev='vda'/></disk>"
host_file /etc/lvm/lvm.conf 'devices {' '	global_filter = [ "a|.*|" ]' '}'
host_file /etc/lvm/lvmlocal.conf 'devices {' '	global_filter = [ "a|^/dev/sda2$|", "r|.*|" ]' '}'
# evidence: reject_entries=1
