# the site requires encryption of data volumes only
# value: guest_unencrypted_mounts=/|/boot|/boot/efi|/usr|/var
guest_base
host_file /etc/crypttab 'data /dev/vdb none luks'
host_file /etc/fstab 'UUID=5e5e5e5e-0000-4000-8000-000000000005 / xfs defaults 0 0' '/dev/vda1 /boot xfs defaults 0 0' '/dev/mapper/data /srv xfs defaults 0 0'
