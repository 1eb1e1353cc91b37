host_base
mkdir -p "$ROOT/etc/selinux/config"
