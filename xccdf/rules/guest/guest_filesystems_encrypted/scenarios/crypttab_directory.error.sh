# a directory in place of /etc/crypttab cannot be read
# evidence: result=error file=/etc/crypttab .*not a regular file
guest_base
host_file /etc/fstab '/dev/mapper/luks-root / ext4 defaults 0 1'
mkdir -p "$ROOT/etc/crypttab"
