host_base
running_host
host_file /sys/module/kvm_amd/parameters/nested 1
