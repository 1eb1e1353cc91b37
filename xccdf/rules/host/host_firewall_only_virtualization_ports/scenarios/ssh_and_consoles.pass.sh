host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=public'
host_file /usr/lib/firewalld/zones/public.xml '<zone>' '  <service name="ssh"/>' '  <service name="dhcpv6-client"/>' '  <service name="cockpit"/>' '</zone>'
host_file /etc/firewalld/zones/public.xml '<?xml version="1.0" encoding="utf-8"?>' '<zone>' '  <short>Public</short>' \
    '  <service name="ssh"/>' '  <service name="libvirt-tls"/>' '  <port port="5900-6166" protocol="tcp"/>' \
    '  <port port="49152-49216" protocol="tcp"/>' '  <port port="5901" protocol="tcp"/>' '  <protocol value="icmp"/>' \
    '  <rule family="ipv4">' '    <source address="10.0.0.0/8"/>' '    <service name="ssh"/>' '    <accept/>' '  </rule>' \
    '  <rule family="ipv4">' '    <source address="192.0.2.7"/>' '    <drop/>' '  </rule>' '</zone>'
