# a logical volume whose volume group has no metadata backup cannot be shown to be encrypted
# evidence: result=fail .*vg=rhel lv=root .*no LVM metadata backup
guest_base
host_file /etc/crypttab 'luks-pv /dev/vda3 none'
host_file /etc/fstab '/dev/mapper/rhel-root / xfs defaults 0 0'
lvm_backup other /dev/mapper/luks-pv
