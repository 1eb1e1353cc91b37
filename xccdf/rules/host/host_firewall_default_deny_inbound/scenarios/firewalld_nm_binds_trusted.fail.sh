# NetworkManager puts eth1 into the trusted zone
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=public'
host_file /usr/lib/firewalld/zones/public.xml '<zone>' '  <service name="ssh"/>' '</zone>'
host_file /usr/lib/firewalld/zones/trusted.xml '<zone target="ACCEPT">' '</zone>'
host_file /etc/NetworkManager/system-connections/eth1.nmconnection '[connection]' 'id=eth1' 'type=ethernet' 'zone=trusted'
