# an indented # line is a comment to libmount
host_base
host_file /etc/fstab '  # LABEL=old / ext4 defaults 0 1' 'UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 / xfs defaults 0 0'
