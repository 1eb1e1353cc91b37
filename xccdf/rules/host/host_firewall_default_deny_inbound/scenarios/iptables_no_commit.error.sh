# iptables-restore refuses a table without COMMIT: nothing is loaded
# evidence: COMMIT expected
host_base
enable_unit netfilter-persistent.service
host_file /etc/iptables/rules.v4 '*filter' ':INPUT DROP [0:0]' '-A INPUT -p tcp --dport 22 -j ACCEPT'
host_file /etc/iptables/rules.v6 '*filter' ':INPUT DROP [0:0]' 'COMMIT'
