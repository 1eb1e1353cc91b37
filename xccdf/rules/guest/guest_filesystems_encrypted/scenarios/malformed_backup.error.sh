# lvm refuses metadata whose sections do not close: so does the check
# evidence: result=error .*vg=rhel .*reason=
guest_base
host_file /etc/crypttab 'luks-pv /dev/vda3 none'
host_file /etc/fstab '/dev/mapper/rhel-root / xfs defaults 0 0'
lvm_backup rhel /dev/mapper/luks-pv
sed -i '$d' "$ROOT/etc/lvm/backup/rhel"
