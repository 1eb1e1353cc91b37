# /usr/sbin/qemu-ga is an absolute link to /usr/bin/qemu-ga: resolved inside the guest's root,
# the file it leads to is the one labelled
guest_base
qemu_ga_packaged
guest_selinux_targeted
running_host
mkdir -p "$ROOT/usr/sbin"
ln -s /usr/bin/qemu-ga "$ROOT/usr/sbin/qemu-ga"
