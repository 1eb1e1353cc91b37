# unset, and libvirt was built to run QEMU as root: its state directory belongs to root
host_base
mkdir -p "$ROOT/var/lib/libvirt/qemu"
