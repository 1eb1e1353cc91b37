# grubby keeps every entry's arguments in grubenv's kernelopts
# evidence: source=grubenv .*argument="root=LABEL=rootfs"
host_base
mkdir -p "$ROOT/boot/grub2"
printf '# GRUB Environment Block\nkernelopts=root=LABEL=rootfs ro\n###########' > "$ROOT/boot/grub2/grubenv"
