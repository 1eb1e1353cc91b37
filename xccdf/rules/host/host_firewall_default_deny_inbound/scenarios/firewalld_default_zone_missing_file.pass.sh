# DefaultZone names a zone without a file: firewalld uses public instead
# evidence: firewalld uses public
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=nosuchzone'
