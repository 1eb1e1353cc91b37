# without DefaultZone firewalld falls back to the public zone, which rejects by default
# evidence: zone=public .*fallback zone public
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf '# DefaultZone=public'
