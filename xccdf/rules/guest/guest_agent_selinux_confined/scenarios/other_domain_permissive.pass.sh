# another domain made permissive does not matter here
guest_base
qemu_ga_packaged
guest_selinux_targeted
running_host
mkdir -p "$ROOT/var/lib/selinux/targeted/active/modules/400/permissive_httpd_t" \
         "$ROOT/var/lib/selinux/targeted/active/modules/100/virt"
