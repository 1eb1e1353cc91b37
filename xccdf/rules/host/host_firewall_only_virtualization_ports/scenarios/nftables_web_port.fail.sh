# evidence: port=80 reason="port not allowed"
host_base
enable_unit nftables.service
host_file /etc/nftables.conf 'flush ruleset' 'define open_ports = { 22, 80 }' 'table inet filter {' '  chain input {' \
    '    type filter hook input priority 0; policy drop;' '    ct state vmap { established : accept, related : accept, invalid : drop }' \
    '    iif lo accept' '    meta l4proto { icmp, ipv6-icmp } accept' '    tcp dport $open_ports accept' '  }' '}'
