host_base
mkfifo "$ROOT/etc/group"
