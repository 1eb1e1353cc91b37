# IPv4 is filtered, IPv6 is not: no ip6tables rule set is restored at boot
# evidence: family=ipv6 .*no firewall that filters it
host_base
enable_unit iptables.service basic.target
host_file /etc/sysconfig/iptables '*filter' ':INPUT DROP [0:0]' '-A INPUT -p tcp --dport 22 -j ACCEPT' 'COMMIT'
