# a directory in place of grubenv cannot be read
# evidence: grubenv
host_base
mkdir -p "$ROOT/boot/grub2/grubenv"
host_file /boot/loader/entries/0123-4.18.0.conf 'options $kernelopts'
