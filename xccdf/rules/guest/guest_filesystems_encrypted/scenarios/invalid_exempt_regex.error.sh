# value: guest_unencrypted_mounts=/boot|(
# evidence: result=error value=guest_unencrypted_mounts .*not a regular expression
guest_base
host_file /etc/crypttab 'luks-root /dev/vda2 none'
host_file /etc/fstab '/dev/mapper/luks-root / ext4 defaults 0 1'
