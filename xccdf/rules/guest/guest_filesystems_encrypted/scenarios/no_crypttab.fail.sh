guest_base
host_file /etc/fstab 'UUID=3c3c3c3c-0000-4000-8000-000000000003 / xfs defaults 0 0' '/dev/vda1 /boot xfs defaults 0 0'
