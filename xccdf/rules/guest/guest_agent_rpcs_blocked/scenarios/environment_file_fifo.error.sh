# evidence: result=error .*/etc/sysconfig/qemu-ga.*not a regular file
guest_base
qemu_ga_packaged '--blacklist=${BLACKLIST_RPC}'
mkdir -p "$ROOT/etc/sysconfig"
mkfifo "$ROOT/etc/sysconfig/qemu-ga"
