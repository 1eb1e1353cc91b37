# the vendor zone would not matter; the customized copy drops
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=public'
host_file /usr/lib/firewalld/zones/public.xml '<zone target="ACCEPT">' '</zone>'
host_file /etc/firewalld/zones/public.xml '<zone target="DROP">' '  <service name="ssh"/>' '</zone>'
