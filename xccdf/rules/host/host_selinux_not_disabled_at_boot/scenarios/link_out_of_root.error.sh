# /etc/default/grub links out of the root: its target inside the root does not exist, and the
# scanning machine's file is never read instead
# evidence: does not exist inside the root
host_base
mkdir -p "$ROOT/etc/default"
ln -s ../../../../../../../../etc/hostname "$ROOT/etc/default/grub"
