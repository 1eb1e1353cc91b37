# device-mapper doubles the hyphens of volume group and logical volume names: VG vg-data, LV
# srv-www is /dev/mapper/vg--data-srv--www
# evidence: result=pass .*vg=vg-data lv=srv-www
guest_base
host_file /etc/crypttab 'luks-root /dev/vda2 none' 'luks-data /dev/vdb none luks'
host_file /etc/fstab '/dev/mapper/luks-root / ext4 defaults 0 1' '/dev/mapper/vg--data-srv--www /srv/www xfs defaults 0 2'
lvm_backup vg-data /dev/mapper/luks-data
