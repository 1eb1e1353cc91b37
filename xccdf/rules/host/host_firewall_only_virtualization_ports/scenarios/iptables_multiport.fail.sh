# evidence: port=3306
host_base
enable_unit netfilter-persistent.service
host_file /etc/iptables/rules.v4 '*filter' ':INPUT DROP [0:0]' '-A INPUT -p tcp -m multiport --dports 22,3306 -j ACCEPT' 'COMMIT'
host_file /etc/iptables/rules.v6 '*filter' ':INPUT DROP [0:0]' 'COMMIT'
