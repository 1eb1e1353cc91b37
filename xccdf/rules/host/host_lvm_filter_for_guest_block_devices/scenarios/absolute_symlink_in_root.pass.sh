# an absolute link is followed inside the judged root, never on the scanning machine
host_base
define_guest db01 "<disk type='block' device='disk'><source dev='/dev/sdb'/><target dev='vda'/></disk>"
host_file /etc/lvm-site/lvm.conf 'devices {' '	global_filter = [ "a|^/dev/sda2$|", "r|.*|" ]' '}'
mkdir -p "$ROOT/etc/lvm"
ln -s /etc/lvm-site/lvm.conf "$ROOT/etc/lvm/lvm.conf"
# evidence: reject_entries=1
