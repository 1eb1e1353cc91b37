host_base
host_file /etc/fstab 'UUID=4a1e3bd2-5a5d-4c1e-8b1e-0e9a2c8f5b11 / xfs defaults 0 0' 'LABEL=var /var xfs defaults 0 0'
