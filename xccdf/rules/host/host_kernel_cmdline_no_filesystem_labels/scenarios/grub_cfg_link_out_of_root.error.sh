# grub.cfg links out of the root; inside the root its target does not exist
# evidence: does not exist inside the root
host_base
mkdir -p "$ROOT/boot/grub2"
ln -s ../../../../../../../boot/grub2/grub.cfg.scanner "$ROOT/boot/grub2/grub.cfg"
