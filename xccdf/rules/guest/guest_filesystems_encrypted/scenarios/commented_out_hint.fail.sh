# a hint inside a comment is no hint: the physical volume's device is unknown
# evidence: result=fail .*pv=pv0 .*no device hint
guest_base
host_file /etc/crypttab 'luks-pv /dev/vda3 none'
host_file /etc/fstab '/dev/mapper/rhel-root / xfs defaults 0 0'
host_file /etc/lvm/backup/rhel 'contents = "Text Format Volume Group"' 'version = 1' 'rhel {' \
    '	physical_volumes {' '		pv0 {' '			id = "Aa1b2C-3d4E-5f6G-7h8I-9j0K-1l2M-3n4O5p"' \
    '			# device = "/dev/mapper/luks-pv"' '		}' '	}' '}'
