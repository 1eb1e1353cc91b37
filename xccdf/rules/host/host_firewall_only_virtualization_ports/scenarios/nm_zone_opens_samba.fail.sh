# the default zone is clean, but NetworkManager puts the storage NIC into a zone that opens samba
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=drop'
host_file /usr/lib/firewalld/zones/drop.xml '<zone target="DROP">' '</zone>'
host_file /usr/lib/firewalld/zones/work.xml '<zone>' '  <service name="ssh"/>' '  <service name="samba"/>' '</zone>'
host_file /etc/sysconfig/network-scripts/ifcfg-eth1 'DEVICE=eth1' 'ZONE=work'
