# a link climbing out of the judged root resolves inside it (RESOLVE_IN_ROOT): the encrypted
# layout placed beside the root is never read, and the dangling link is an error
# evidence: result=error .*vg=rhel .*reason=
guest_base
host_file /etc/crypttab 'luks-pv /dev/vda3 none'
host_file /etc/fstab '/dev/mapper/rhel-root / xfs defaults 0 0'
lvm_backup rhel /dev/mapper/luks-pv
mkdir -p "$ROOT/../outside"
mv "$ROOT/etc/lvm/backup/rhel" "$ROOT/../outside/rhel"
ln -s ../../../../../../../outside/rhel "$ROOT/etc/lvm/backup/rhel"
