# a range that reaches beyond the allowed console range
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=public'
host_file /etc/firewalld/zones/public.xml '<zone>' '  <service name="ssh"/>' '  <port port="5900-65535" protocol="tcp"/>' '</zone>'
