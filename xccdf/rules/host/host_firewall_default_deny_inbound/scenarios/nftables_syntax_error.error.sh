# nft refuses the file (a '}' straight after a chain's '}' needs a separator): nothing loads
# evidence: nft would not load it
host_base
enable_unit nftables.service
host_file /etc/nftables.conf 'table inet t { chain input { type filter hook input priority 0; policy drop; } }'
