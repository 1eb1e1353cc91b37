# Debian: iptables-persistent restores /etc/iptables/rules.v4
host_base
enable_unit netfilter-persistent.service
