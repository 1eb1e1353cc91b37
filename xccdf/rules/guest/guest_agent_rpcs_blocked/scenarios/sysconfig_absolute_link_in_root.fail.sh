# /etc/sysconfig/qemu-ga links to an absolute path inside the root whose list is incomplete;
# the scanning machine's file of that name is never read
# evidence: result=fail .*available=.*guest-file-write
guest_base
qemu_ga_packaged '--blacklist=${BLACKLIST_RPC}'
host_file /opt/qga/sysconfig 'BLACKLIST_RPC=guest-file-open,guest-file-close,guest-file-read,guest-file-seek,guest-file-flush,guest-exec,guest-exec-status'
mkdir -p "$ROOT/etc/sysconfig"
ln -s /opt/qga/sysconfig "$ROOT/etc/sysconfig/qemu-ga"
