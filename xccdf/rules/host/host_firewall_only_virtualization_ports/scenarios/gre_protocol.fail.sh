host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=public'
host_file /etc/firewalld/zones/public.xml '<zone>' '  <service name="ssh"/>' '  <protocol value="gre"/>' '</zone>'
