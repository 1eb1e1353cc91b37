# logical volumes named /dev/VG/LV; virtual, network and bind mounts are exempt
guest_base
host_file /etc/crypttab 'pv_crypt /dev/vda3 none luks'
host_file /etc/fstab \
    '/dev/vg0/root / ext4 defaults 0 1' \
    '/dev/vda1 /boot ext4 defaults 0 2' \
    'fileserver:/export /mnt/share nfs4 defaults,_netdev 0 0' \
    '/srv/data /var/www none bind 0 0' \
    '/var/cache /mnt/cache xfs defaults,bind 0 0' \
    'hostshare /mnt/host virtiofs defaults 0 0'
lvm_backup vg0 /dev/mapper/pv_crypt
