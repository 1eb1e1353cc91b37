# a sample file that the main configuration does not include is not loaded
host_base
enable_unit nftables.service
host_file /etc/sysconfig/nftables.conf '# include "/etc/nftables/main.nft"'
host_file /etc/nftables/main.nft 'table inet nftables_svc {' '  chain INPUT {' '    type filter hook input priority 20; policy drop;' '  }' '}'
