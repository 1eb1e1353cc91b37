# a FIFO among the boot loader entries cannot be judged
# evidence: not a regular file
host_base
mkdir -p "$ROOT/boot/loader/entries"
mkfifo "$ROOT/boot/loader/entries/0123-5.14.0.conf"
