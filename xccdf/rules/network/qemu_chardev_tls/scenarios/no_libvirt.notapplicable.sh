mkdir -p "$ROOT/etc"
