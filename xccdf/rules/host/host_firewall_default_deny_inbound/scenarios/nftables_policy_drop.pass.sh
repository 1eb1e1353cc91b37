host_base
enable_unit nftables.service
host_file /etc/nftables.conf '#!/usr/sbin/nft -f' 'flush ruleset' 'table inet filter {' '  chain input {' '    type filter hook input priority filter; policy drop;' '    ct state established,related accept' '    tcp dport 22 accept' '  }' '}'
