# within one file a repeated setting keeps its last value (libdm-config.c _section)
host_base
define_guest db01 "<disk type='block' device='disk'><source dev='/dev/sdb'/><target dev='vda'/></disk>"
host_file /etc/lvm/lvm.conf 'devices {' '	global_filter = [ "a|.*|" ]' '	global_filter = [ "r|^/dev/sdb|", "a|.*|" ]' '}'
# evidence: reject_entries=1
