host_base
host_file /etc/fstab '# /etc/fstab' \
    '/dev/mapper/rhel-root   /                       xfs     defaults        0 0' \
    'UUID=4a1e3bd2-5a5d-4c1e-8b1e-0e9a2c8f5b11 /boot   xfs     defaults        0 0' \
    'PARTUUID=8c1f2b3a-01 /boot/efi vfat umask=0077 0 2' \
    '#LABEL=old-data /data ext4 defaults 0 0'
