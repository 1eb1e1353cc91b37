# odd content: bool parameters read Y or N, int ones a number
host_base
running_host
host_file /sys/module/kvm_amd/parameters/nested yes
