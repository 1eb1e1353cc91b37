guest_base
host_file /etc/crypttab 'luks-root /dev/vda2 none'
host_file /etc/fstab '/dev/mapper/luks-root / ext4 defaults 0 1' '/dev/vda3 none swap sw 0 0'
