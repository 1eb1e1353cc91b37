# the volume group was extended with an unencrypted disk
guest_base
host_file /etc/crypttab 'luks-pv /dev/vda3 none'
host_file /etc/fstab '/dev/mapper/rhel-root / xfs defaults 0 0' '/dev/vda1 /boot xfs defaults 0 0'
host_file /etc/lvm/backup/rhel 'rhel {' '	physical_volumes {' \
    '		pv0 {' '			device = "/dev/mapper/luks-pv"	# Hint only' '		}' \
    '		pv1 {' '			device = "/dev/vdc"	# Hint only' '		}' '	}' '}'
