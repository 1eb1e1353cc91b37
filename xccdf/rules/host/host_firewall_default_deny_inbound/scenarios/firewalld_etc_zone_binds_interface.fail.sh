# a customized zone binds an interface and accepts everything
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=drop'
host_file /usr/lib/firewalld/zones/drop.xml '<zone target="DROP">' '</zone>'
host_file /etc/firewalld/zones/storage.xml '<zone target="ACCEPT">' '  <interface name="eth2"/>' '</zone>'
