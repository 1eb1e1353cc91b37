# evidence: result=error boolean=virt_read_qemu_ga_data .*reason=
host_base
virt_booleans 0 0
printf '1 1 1' > "$ROOT/sys/fs/selinux/booleans/virt_read_qemu_ga_data"
