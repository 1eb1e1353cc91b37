# the root line is commented out: the built-in user applies
host_base
qemu_conf '#user = "root"'
mkdir -p "$ROOT/var/lib/libvirt/qemu"
chown 64055:64055 "$ROOT/var/lib/libvirt/qemu"
