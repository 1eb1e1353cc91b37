# kvm_intel enables nesting by default on current kernels
host_base
running_host
host_file /sys/module/kvm_intel/parameters/nested Y
