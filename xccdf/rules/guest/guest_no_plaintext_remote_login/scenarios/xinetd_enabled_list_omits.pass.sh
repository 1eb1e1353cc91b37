# the defaults section has an enabled list without telnet: xinetd starts only those
guest_base
host_file /etc/xinetd.conf 'defaults' '{' '	enabled = time' '}' 'includedir /etc/xinetd.d'
host_file /etc/xinetd.d/telnet 'service telnet' '{' '	socket_type	= stream' '	server		= /usr/sbin/in.telnetd' '}'
