# the nested parameter is a FIFO
host_base
running_host
mkdir -p "$ROOT/sys/module/kvm_intel/parameters"
mkfifo "$ROOT/sys/module/kvm_intel/parameters/nested"
# evidence: object=/sys/module/kvm_intel/parameters/nested
