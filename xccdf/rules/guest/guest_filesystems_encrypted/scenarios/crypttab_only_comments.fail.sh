guest_base
host_file /etc/crypttab '# <name> <device> <password> <options>'
host_file /etc/fstab '/dev/mapper/rhel-root / xfs defaults 0 0'
