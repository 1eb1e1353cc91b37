# a rule that accepts every port from a source network
# evidence: accepts every port
host_base
enable_unit nftables.service
host_file /etc/nftables.conf 'table inet filter {' '  chain input {' '    type filter hook input priority 0; policy drop;' \
    '    ip saddr 10.0.0.0/8 accept' '  }' '}'
