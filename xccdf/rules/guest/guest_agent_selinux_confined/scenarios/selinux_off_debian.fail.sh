# Debian packaging, no SELinux at all
guest_base
mkdir -p "$ROOT/usr/sbin"
: > "$ROOT/usr/sbin/qemu-ga"
