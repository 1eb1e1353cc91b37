host_base
host_file /usr/lib/sysctl.d/50-router.conf 'net/ipv4/conf/all/forwarding=1'
