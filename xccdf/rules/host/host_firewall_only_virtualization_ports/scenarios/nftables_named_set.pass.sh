# ports from a named set and the migration range
host_base
enable_unit nftables.service
host_file /etc/sysconfig/nftables.conf 'include "/etc/nftables/virt.nft"'
host_file /etc/nftables/virt.nft 'table inet virt {' '  set mgmt { type inet_service; elements = { 22, 16514 } }' '  chain input {' \
    '    type filter hook input priority 0; policy drop;' '    tcp dport @mgmt accept' '    tcp dport 49152-49216 accept' '  }' '}'
