# an unexpected element makes firewalld refuse the zone file and not start
# evidence: unexpected element
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=public'
host_file /etc/firewalld/zones/public.xml '<zone>' '  <serivce name="ssh"/>' '</zone>'
