# GRUB stops silently at a last line without a newline: what follows is not what it reads
# evidence: GRUB stops reading there
host_base
mkdir -p "$ROOT/boot/grub2"
printf '# GRUB Environment Block\nsaved_entry=x\nkernelopts=root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 ro' > "$ROOT/boot/grub2/grubenv"
