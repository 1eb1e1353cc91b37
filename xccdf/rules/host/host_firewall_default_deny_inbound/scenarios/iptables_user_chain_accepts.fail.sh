# INPUT jumps to a user chain that accepts every packet before the policy DROP applies
# evidence: accepts every packet
host_base
enable_unit netfilter-persistent.service
host_file /etc/iptables/rules.v4 '*filter' ':INPUT DROP [0:0]' ':ALLOW - [0:0]' '-A INPUT -j ALLOW' '-A ALLOW -j ACCEPT' 'COMMIT'
host_file /etc/iptables/rules.v6 '*filter' ':INPUT DROP [0:0]' 'COMMIT'
