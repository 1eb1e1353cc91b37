# LUKS volumes without LVM, swap encrypted with a random key at every boot
guest_base
host_file /etc/crypttab \
    'luks-root UUID=1f2e3d4c-0000-4000-8000-000000000001 none' \
    'data /dev/vdb /etc/keys/data.key luks' \
    'cryptswap /dev/vdc /dev/urandom swap,cipher=aes-xts-plain64,size=512'
host_file /etc/fstab \
    '/dev/mapper/luks-root / ext4 errors=remount-ro 0 1' \
    'UUID=2b2b-2b2b /boot ext4 defaults 0 2' \
    '/dev/mapper/data /srv/data xfs noatime 0 2' \
    '/dev/mapper/cryptswap none swap sw 0 0' \
    'proc /proc proc defaults 0 0'
