# a FIFO where grub.cfg should be cannot be judged
# evidence: not a regular file
host_base
mkdir -p "$ROOT/boot/grub2"
mkfifo "$ROOT/boot/grub2/grub.cfg"
