# semanage permissive -a virt_qemu_ga_t
guest_base
qemu_ga_packaged
guest_selinux_targeted
running_host
mkdir -p "$ROOT/var/lib/selinux/targeted/active/modules/400/permissive_virt_qemu_ga_t"
: > "$ROOT/var/lib/selinux/targeted/active/modules/400/permissive_virt_qemu_ga_t/cil"
