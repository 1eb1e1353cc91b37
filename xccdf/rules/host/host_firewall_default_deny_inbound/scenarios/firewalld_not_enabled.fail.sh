# a good configuration that is never loaded
host_base
host_file /etc/firewalld/firewalld.conf 'DefaultZone=public'
host_file /usr/lib/firewalld/zones/public.xml '<zone>' '  <service name="ssh"/>' '</zone>'
