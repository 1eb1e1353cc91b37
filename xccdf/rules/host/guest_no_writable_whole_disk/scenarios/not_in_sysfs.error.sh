# evidence: result=error guest=db01 source=/dev/sdb .*reason="no /sys/class/block/sdb"
host_base
mkdir -p "$ROOT/dev" && : > "$ROOT/dev/sdb"
define_guest db01 "$(block_disk /dev/sdb)"
