# value: host_firewall_allowed_ports=22|16514|9100
# value: host_firewall_allowed_port_ranges=5900-5999
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=public'
host_file /etc/firewalld/zones/public.xml '<zone>' '  <port port="9100" protocol="tcp"/>' '  <port port="5900-5999" protocol="tcp"/>' '</zone>'
