# evidence: result=error file=/etc/fstab .*not a regular file
guest_base
host_file /etc/crypttab 'luks-root /dev/vda2 none'
mkfifo "$ROOT/etc/fstab"
