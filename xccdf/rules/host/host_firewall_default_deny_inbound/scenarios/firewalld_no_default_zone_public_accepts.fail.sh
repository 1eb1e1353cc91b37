# without DefaultZone firewalld falls back to public, whose customized copy accepts everything
# evidence: zone=public .*reason="target ACCEPT"
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'FirewallBackend=nftables'
host_file /etc/firewalld/zones/public.xml '<zone target="ACCEPT">' '  <service name="ssh"/>' '</zone>'
