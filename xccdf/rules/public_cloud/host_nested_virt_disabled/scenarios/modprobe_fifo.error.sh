# a modprobe.d file kmod reads is a FIFO
host_base
running_host
host_file /sys/module/kvm_intel/parameters/nested N
mkdir -p "$ROOT/etc/modprobe.d"
mkfifo "$ROOT/etc/modprobe.d/kvm.conf"
# evidence: object=/etc/modprobe.d/kvm.conf
