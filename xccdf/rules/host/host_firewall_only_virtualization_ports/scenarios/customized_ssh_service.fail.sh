# a customized ssh service in /etc that also opens port 80 is judged by its ports
# evidence: service=ssh port=80/tcp
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=public'
host_file /etc/firewalld/services/ssh.xml '<service>' '  <port protocol="tcp" port="22"/>' '  <port protocol="tcp" port="80"/>' '</service>'
