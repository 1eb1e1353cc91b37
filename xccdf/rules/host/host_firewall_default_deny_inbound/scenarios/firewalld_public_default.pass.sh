# RHEL defaults: public zone from /usr/lib, default target (reject)
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf '# firewalld config file' 'DefaultZone=public' 'FirewallBackend=nftables'
host_file /usr/lib/firewalld/zones/public.xml '<?xml version="1.0" encoding="utf-8"?>' '<zone>' '  <short>Public</short>' '  <service name="ssh"/>' '  <service name="dhcpv6-client"/>' '</zone>'
host_file /usr/lib/firewalld/zones/trusted.xml '<?xml version="1.0" encoding="utf-8"?>' '<zone target="ACCEPT">' '  <short>Trusted</short>' '</zone>'
