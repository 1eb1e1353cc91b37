# firewalld drops a rich rule with no element, source or destination at priority 0 as invalid
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=public'
host_file /etc/firewalld/zones/public.xml '<zone>' '  <service name="ssh"/>' '  <rule>' '    <accept/>' '  </rule>' '</zone>'
