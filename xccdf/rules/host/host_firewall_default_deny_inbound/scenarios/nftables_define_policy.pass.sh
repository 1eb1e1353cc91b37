# the policy comes from a variable, the rules from separate add commands
host_base
enable_unit nftables.service
host_file /etc/nftables.conf 'define base_policy = "drop"' 'add table inet fw' \
    'add chain inet fw input { type filter hook input priority 0 ; policy $base_policy ; }' \
    'add rule inet fw input ct state established,related accept' 'add rule inet fw input tcp dport { 22, 16514 } accept'
