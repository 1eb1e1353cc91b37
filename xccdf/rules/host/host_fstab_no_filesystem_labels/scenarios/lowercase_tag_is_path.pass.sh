# libmount recognises tags in upper case only: label=x is a (nonexistent) path, not a label
host_base
host_file /etc/fstab 'UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 / xfs defaults 0 0' 'label=data /srv xfs defaults 0 0'
