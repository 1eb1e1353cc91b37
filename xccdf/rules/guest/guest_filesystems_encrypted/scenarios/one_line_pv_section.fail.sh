# lvm's grammar is free-form: a physical volume written on one line is still a physical volume
# evidence: result=fail .*pv=pv1 pv_device=/dev/vdc
guest_base
host_file /etc/crypttab 'luks-pv /dev/vda3 none'
host_file /etc/fstab '/dev/mapper/rhel-root / xfs defaults 0 0' '/dev/vda1 /boot xfs defaults 0 0'
host_file /etc/lvm/backup/rhel 'contents = "Text Format Volume Group"' 'version = 1' \
    'rhel { id = "x0fG2k-Qm3R-aB7c-Zz9Y-1xWv-Ut5S-r8Pq0n" physical_volumes {' \
    '  pv0 { id = "Aa1b2C-3d4E-5f6G-7h8I-9j0K-1l2M-3n4O5p" device = "/dev/mapper/luks-pv" }' \
    '  pv1 { id = "Bb1b2C-3d4E-5f6G-7h8I-9j0K-1l2M-3n4O5p" device = "/dev/vdc" } } }'
