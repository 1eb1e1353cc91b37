host_base
mkfifo "$ROOT/etc/crypttab"
