# the entry's $kernelopts comes from grubenv, as GRUB's blscfg expands it
# evidence: kernelopts from /boot/grub2/grubenv
host_base
host_file /boot/loader/entries/0123-4.18.0.conf 'title RHEL 8' 'linux /vmlinuz-4.18.0' 'options $kernelopts'
mkdir -p "$ROOT/boot/grub2"
printf '# GRUB Environment Block\nkernelopts=root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 ro selinux=0\n' > "$ROOT/boot/grub2/grubenv"
