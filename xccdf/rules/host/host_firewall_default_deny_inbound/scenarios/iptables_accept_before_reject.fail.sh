# an unconditional ACCEPT before the final REJECT: everything is accepted
# evidence: accepts every packet
host_base
enable_unit netfilter-persistent.service
host_file /etc/iptables/rules.v4 '*filter' ':INPUT ACCEPT [0:0]' '-A INPUT -p tcp --dport 22 -j ACCEPT' \
    '-A INPUT -m comment --comment "temporary" -j ACCEPT' '-A INPUT -j REJECT' 'COMMIT'
host_file /etc/iptables/rules.v6 '*filter' ':INPUT DROP [0:0]' 'COMMIT'
