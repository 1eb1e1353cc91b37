guest_base
host_file /etc/crypttab 'luks-root /dev/vda2 none'
