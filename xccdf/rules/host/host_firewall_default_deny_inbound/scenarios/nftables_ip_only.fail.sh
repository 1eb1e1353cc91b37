# an ip table filters IPv4 only; IPv6 reaches the host unfiltered
# evidence: family=ipv6 .*no filter chain on the input hook
host_base
enable_unit nftables.service
host_file /etc/nftables.conf 'flush ruleset' 'table ip filter {' '  chain input {' \
    '    type filter hook input priority 0; policy drop;' '  }' '}'
