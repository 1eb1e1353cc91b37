# firewalld does not start without its block, drop and trusted zones
# evidence: would not start
host_base
enable_unit firewalld.service
host_file /etc/firewalld/firewalld.conf 'DefaultZone=public'
host_file /usr/lib/firewalld/zones/public.xml '<zone>' '</zone>'
