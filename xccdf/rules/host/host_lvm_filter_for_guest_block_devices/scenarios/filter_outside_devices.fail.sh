# global_filter counts only in the devices section
host_base
define_guest db01 "<disk type='block' device='disk'><source dev='/dev/sdb'/><target dev='vda'/></disk>"
host_file /etc/lvm/lvm.conf 'activation {' '	global_filter = [ "r|.*|" ]' '}'
# evidence: global_filter=unset
