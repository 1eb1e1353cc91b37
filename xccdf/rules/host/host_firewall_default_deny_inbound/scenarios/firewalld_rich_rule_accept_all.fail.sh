# a rich rule without element or source, with a priority (so firewalld keeps it), accepts all
# evidence: rich rule accepts every packet
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=public'
host_file /etc/firewalld/zones/public.xml '<zone>' '  <service name="ssh"/>' '  <rule priority="-10">' '    <accept/>' '  </rule>' '</zone>'
