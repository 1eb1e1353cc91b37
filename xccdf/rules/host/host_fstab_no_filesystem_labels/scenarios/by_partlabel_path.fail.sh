host_base
host_file /etc/fstab '/dev/disk/by-partlabel/swap none swap defaults 0 0'
