# a FIFO in place of the metadata backup is not read (it could block the scan)
# evidence: result=error .*vg=rhel .*not a regular file
guest_base
host_file /etc/crypttab 'luks-pv /dev/vda3 none'
host_file /etc/fstab '/dev/mapper/rhel-root / xfs defaults 0 0'
mkdir -p "$ROOT/etc/lvm/backup"
mkfifo "$ROOT/etc/lvm/backup/rhel"
