# host tags load lvm_<tag>.conf and choose sections at run time: not judged
host_base
define_guest db01 "<disk type='block' device='disk'><source dev='/dev/sdb'/><target dev='vda'/></disk>"
host_file /etc/lvm/lvm.conf 'tags {' '	hosttags = 1' '}' 'devices {' '	global_filter = [ "r|.*|" ]' '}'
# evidence: host tags
