# a line with two fields is a parse error libmount skips: it mounts nothing
# evidence: libmount ignores the line
host_base
host_file /etc/fstab 'UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 / xfs defaults 0 0' 'LABEL=data /srv'
