host_base
host_file /etc/fstab '/dev//disk/./by-partlabel/srv /srv xfs defaults 0 0'
