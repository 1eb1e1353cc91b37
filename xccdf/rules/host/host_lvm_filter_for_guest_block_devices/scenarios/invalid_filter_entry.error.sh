# an entry that is not 'a' or 'r' plus a delimited expression: lvm fails every command
host_base
define_guest db01 "<disk type='block' device='disk'><source dev='/dev/sdb'/><target dev='vda'/></disk>"
host_file /etc/lvm/lvm.conf 'devices {' '	global_filter = [ "r|^/dev/sdb|", "x|.*|" ]' '}'
# evidence: must begin with 'a' or 'r'
