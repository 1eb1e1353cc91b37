# /etc/lvm/backup that cannot be listed: no logical volume can be judged
# evidence: result=error .*source=/dev/vg0/root .*reason=
guest_base
host_file /etc/crypttab 'pv_crypt /dev/vda3 none luks'
host_file /etc/fstab '/dev/vg0/root / ext4 defaults 0 1'
host_file /etc/lvm/backup 'not a directory'
