# the volume group was extended with an unencrypted disk
guest_base
host_file /etc/crypttab 'luks-pv /dev/vda3 none'
host_file /etc/fstab '/dev/mapper/rhel-root / xfs defaults 0 0' '/dev/vda1 /boot xfs defaults 0 0'
lvm_backup rhel /dev/mapper/luks-pv /dev/vdc
# evidence: result=fail .*pv=pv1 pv_device=/dev/vdc
