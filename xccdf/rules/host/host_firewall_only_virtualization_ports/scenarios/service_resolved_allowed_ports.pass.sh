# a site service not in the allowed list, whose ports are all allowed, passes
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=public'
host_file /etc/firewalld/services/virt-consoles.xml '<service>' '  <port protocol="tcp" port="5900-5999"/>' '</service>'
host_file /etc/firewalld/zones/public.xml '<zone>' '  <service name="ssh"/>' '  <service name="virt-consoles"/>' '</zone>'
