# evidence: result=fail .*vg=vg-data lv=srv .*pv_device=/dev/vdb
guest_base
host_file /etc/crypttab 'luks-root /dev/vda2 none'
host_file /etc/fstab '/dev/mapper/luks-root / ext4 defaults 0 1' '/dev/mapper/vg--data-srv /srv xfs defaults 0 2'
lvm_backup vg-data /dev/vdb
