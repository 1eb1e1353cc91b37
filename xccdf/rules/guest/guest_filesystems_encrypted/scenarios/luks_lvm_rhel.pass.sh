# the RHEL installer's encrypted layout: LVM on one LUKS volume; /boot and the ESP outside
guest_base
host_file /etc/crypttab 'luks-0b1f5e3a-7c1d-4e55-9a0e-3b2c9c1d7f10 UUID=0b1f5e3a-7c1d-4e55-9a0e-3b2c9c1d7f10 none discard'
host_file /etc/fstab \
    '# /etc/fstab' \
    '/dev/mapper/rhel-root   /           xfs     defaults        0 0' \
    'UUID=5c7e2b1a-4f3d-4b8e-9a61-2d7f0e3c4b21 /boot xfs defaults 0 0' \
    'UUID=7A3B-19C2          /boot/efi   vfat    umask=0077,shortname=winnt 0 2' \
    '/dev/mapper/rhel-home   /home       xfs     defaults        0 0' \
    '/dev/mapper/rhel-swap   none        swap    defaults        0 0' \
    'tmpfs                   /tmp        tmpfs   defaults,nosuid 0 0'
host_file /etc/lvm/backup/rhel \
    'contents = "Text Format Volume Group"' 'version = 1' '' 'rhel {' '	id = "x0fG2k-Qm3R-aB7c-Zz9Y-1xWv-Ut5S-r8Pq0n"' \
    '	physical_volumes {' '		pv0 {' '			id = "Aa1b2C-3d4E-5f6G-7h8I-9j0K-1l2M-3n4O5p"' \
    '			device = "/dev/mapper/luks-0b1f5e3a-7c1d-4e55-9a0e-3b2c9c1d7f10"	# Hint only' \
    '		}' '	}' '}'
