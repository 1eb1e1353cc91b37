# an array left open: lvm refuses the file (and every command with it)
host_base
define_guest db01 "<disk type='block' device='disk'><source dev='/dev/sdb'/><target dev='vda'/></disk>"
host_file /etc/lvm/lvm.conf 'devices {' '	global_filter = [ "a|^/dev/sda2$|", "r|.*|"' '}'
# evidence: lvm refuses it
