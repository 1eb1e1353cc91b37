# a running system without /proc/net/tcp: the kernel always has it
host_base
running_host
