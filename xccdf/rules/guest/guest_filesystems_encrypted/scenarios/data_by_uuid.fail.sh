# root encrypted, but the data filesystem cannot be shown to be
guest_base
host_file /etc/crypttab 'luks-root UUID=1f2e3d4c-0000-4000-8000-000000000001 none'
host_file /etc/fstab '/dev/mapper/luks-root / ext4 defaults 0 1' 'UUID=4d4d4d4d-0000-4000-8000-000000000004 /srv xfs defaults 0 2'
