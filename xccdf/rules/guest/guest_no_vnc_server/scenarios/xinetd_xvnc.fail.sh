guest_base
host_file /etc/xinetd.d/vnc 'service vnc1024' '{' '	socket_type	= stream' '	server		= /usr/bin/Xvnc' '	server_args	= -inetd -query localhost -once' '}'
