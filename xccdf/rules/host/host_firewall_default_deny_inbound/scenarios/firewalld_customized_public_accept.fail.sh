# the customized copy in /etc overrides the vendor zone
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=public'
host_file /usr/lib/firewalld/zones/public.xml '<zone>' '  <service name="ssh"/>' '</zone>'
host_file /etc/firewalld/zones/public.xml '<?xml version="1.0" encoding="utf-8"?>' '<zone target="ACCEPT">' '  <service name="ssh"/>' '</zone>'
