# policy drop, but a counter-and-accept rule takes every packet first
# evidence: accepts every packet: counter accept
host_base
enable_unit nftables.service
host_file /etc/nftables.conf 'flush ruleset' 'table inet filter {' '  chain input {' \
    '    type filter hook input priority filter; policy drop;' '    tcp dport 22 accept' '    counter accept' '  }' '}'
