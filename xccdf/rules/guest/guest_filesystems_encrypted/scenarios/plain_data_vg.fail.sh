# a second volume group on a plain disk: /dev/mapper alone does not mean encrypted
guest_base
host_file /etc/crypttab 'luks-root /dev/vda2 none'
host_file /etc/fstab '/dev/mapper/luks-root / ext4 defaults 0 1' '/dev/mapper/data-srv /srv xfs defaults 0 2'
lvm_backup data /dev/vdb
