# includedir skips names containing a dot or ending in ~ (editor and rpm leftovers)
guest_base
host_file /etc/xinetd.conf 'defaults' '{' '	instances = 60' '}' 'includedir /etc/xinetd.d'
host_file /etc/xinetd.d/telnet.rpmsave 'service telnet' '{' '	socket_type	= stream' '	server		= /usr/sbin/in.telnetd' '}'
host_file '/etc/xinetd.d/telnet~' 'service telnet' '{' '	socket_type	= stream' '	server		= /usr/sbin/in.telnetd' '}'
host_file /etc/xinetd.d/telnet 'service telnet' '{' '	server = /usr/sbin/in.telnetd' '	disable = yes' '}'
