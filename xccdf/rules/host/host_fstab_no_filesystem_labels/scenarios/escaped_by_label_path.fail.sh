# libmount resolves \040 in the source: the path is under /dev/disk/by-label
# evidence: source="/dev/disk/by-label/data disk"
host_base
host_file /etc/fstab 'UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 / xfs defaults 0 0' '/dev/disk/by-label/data\040disk /srv xfs defaults 0 0'
