# the stock RHEL 6 rule set: policy ACCEPT, final catch-all REJECT; the same for IPv6
host_base
enable_unit iptables.service basic.target
enable_unit ip6tables.service basic.target
host_file /etc/sysconfig/iptables '*filter' ':INPUT ACCEPT [0:0]' ':FORWARD ACCEPT [0:0]' ':OUTPUT ACCEPT [0:0]' \
    '-A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT' '-A INPUT -p icmp -j ACCEPT' '-A INPUT -i lo -j ACCEPT' \
    '-A INPUT -m state --state NEW -m tcp -p tcp --dport 22 -j ACCEPT' '-A INPUT -j REJECT --reject-with icmp-host-prohibited' 'COMMIT'
host_file /etc/sysconfig/ip6tables '*filter' ':INPUT ACCEPT [0:0]' ':FORWARD ACCEPT [0:0]' ':OUTPUT ACCEPT [0:0]' \
    '-A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT' '-A INPUT -p ipv6-icmp -j ACCEPT' '-A INPUT -i lo -j ACCEPT' \
    '-A INPUT -m state --state NEW -m tcp -p tcp --dport 22 -j ACCEPT' '-A INPUT -j REJECT --reject-with icmp6-adm-prohibited' 'COMMIT'
