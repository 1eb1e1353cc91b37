# nftables alone: policy drop, SSH accepted
host_base
enable_unit nftables.service
host_file /etc/nftables.conf 'table inet filter {' '  chain input { type filter hook input priority 0; policy drop; tcp dport 22 accept; }' '}'
