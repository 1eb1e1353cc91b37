host_base
enable_unit iptables.service basic.target
host_file /etc/sysconfig/iptables '*filter' ':INPUT ACCEPT [0:0]' '-A INPUT -p tcp --dport 22 -j ACCEPT' '-A INPUT -p tcp -j REJECT' 'COMMIT'
