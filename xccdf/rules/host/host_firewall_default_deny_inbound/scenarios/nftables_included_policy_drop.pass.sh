# RHEL layout: the main file includes the rule sets
host_base
enable_unit nftables.service
host_file /etc/sysconfig/nftables.conf '# Uncomment the include statement here to load the default config sample' 'include "/etc/nftables/*.nft"'
host_file /etc/nftables/host.nft 'table inet host {' '  chain input {' '    type filter hook input priority 0;' '    policy drop;' '  }' '}'
