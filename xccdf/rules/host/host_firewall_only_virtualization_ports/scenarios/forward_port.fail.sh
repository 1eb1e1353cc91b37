host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=public'
host_file /etc/firewalld/zones/public.xml '<zone>' '  <service name="ssh"/>' '  <forward-port port="2222" protocol="tcp" to-port="22" to-addr="192.168.122.10"/>' '</zone>'
