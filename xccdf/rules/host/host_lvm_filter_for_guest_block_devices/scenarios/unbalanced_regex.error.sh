# a regular expression lvm's parser refuses (an 'or' with nothing after it)
host_base
define_guest db01 "<disk type='block' device='disk'><source dev='/dev/sdb'/><target dev='vda'/></disk>"
host_file /etc/lvm/lvm.conf 'devices {' '	global_filter = [ "r/sdb|/" ]' '}'
# evidence: does not parse
