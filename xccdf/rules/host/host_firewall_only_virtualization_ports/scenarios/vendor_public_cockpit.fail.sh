# the stock public zone also opens cockpit and dhcpv6-client
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=public'
host_file /usr/lib/firewalld/zones/public.xml '<zone>' '  <service name="ssh"/>' '  <service name="dhcpv6-client"/>' '  <service name="cockpit"/>' '</zone>'
