# the defaults section disables telnet by name (remove_disabled_services)
guest_base
host_file /etc/xinetd.conf 'defaults' '{' '	disabled = telnet shell' '}' 'includedir /etc/xinetd.d'
host_file /etc/xinetd.d/telnet 'service telnet' '{' '	socket_type	= stream' '	server		= /usr/sbin/in.telnetd' '}'
