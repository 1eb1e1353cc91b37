# an absolute link is followed inside the judged root, never on the scanning machine
guest_base
host_file /etc/crypttab 'luks-pv /dev/vda3 none'
host_file /etc/fstab '/dev/mapper/rhel-root / xfs defaults 0 0' '/dev/vda1 /boot xfs defaults 0 0'
lvm_backup rhel /dev/mapper/luks-pv
mkdir -p "$ROOT/srv/lvm"
mv "$ROOT/etc/lvm/backup/rhel" "$ROOT/srv/lvm/rhel"
ln -s /srv/lvm/rhel "$ROOT/etc/lvm/backup/rhel"
