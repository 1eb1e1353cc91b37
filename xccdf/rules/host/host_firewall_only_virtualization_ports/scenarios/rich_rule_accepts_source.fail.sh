# a rich rule that accepts every port from a source network
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=public'
host_file /etc/firewalld/zones/public.xml '<zone>' '  <service name="ssh"/>' '  <rule family="ipv4">' '    <source address="10.0.0.0/8"/>' '    <accept/>' '  </rule>' '</zone>'
