# evidence: result=error boolean=virt_use_rawip .*reason=.*expected
host_base
virt_booleans 0 0
printf 'on' > "$ROOT/sys/fs/selinux/booleans/virt_use_rawip"
mounted /dev/vda1 / ext4
