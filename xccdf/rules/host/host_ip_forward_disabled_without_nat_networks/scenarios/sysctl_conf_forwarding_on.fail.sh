host_base
running_host
host_file /proc/sys/net/ipv4/ip_forward 0
host_file /etc/sysctl.conf 'net.ipv4.ip_forward = 1'
