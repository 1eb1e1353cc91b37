# deleting a table that does not exist at boot makes nft load nothing
# evidence: does not exist
host_base
enable_unit nftables.service
host_file /etc/nftables.conf 'delete table inet filter' 'table inet filter {' '  chain input {' \
    '    type filter hook input priority 0; policy drop;' '  }' '}'
