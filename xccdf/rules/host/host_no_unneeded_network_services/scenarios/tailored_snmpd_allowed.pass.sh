# value: host_unneeded_services=httpd nginx smb
host_base
enable_unit snmpd.service
