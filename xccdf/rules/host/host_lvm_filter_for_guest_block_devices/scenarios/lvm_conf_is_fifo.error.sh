# a FIFO where lvm.conf should be: lvm refuses it, so nothing can be judged
host_base
define_guest db01 "<disk type='block' device='disk'><source dev='/dev/sdb'/><target dev='vda'/></disk>"
mkdir -p "$ROOT/etc/lvm"
mkfifo "$ROOT/etc/lvm/lvm.conf"
# evidence: not a regular file
