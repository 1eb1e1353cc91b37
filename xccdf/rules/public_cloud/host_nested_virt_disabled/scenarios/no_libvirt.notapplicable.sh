mkdir -p "$ROOT/etc"
running_host
host_file /sys/module/kvm_intel/parameters/nested Y
