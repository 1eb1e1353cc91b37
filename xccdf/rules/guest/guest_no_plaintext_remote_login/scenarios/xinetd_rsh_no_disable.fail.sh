# without a disable attribute xinetd starts the service
guest_base
host_file /etc/xinetd.d/rsh 'service shell' '{' '	socket_type	= stream' '	server		= /usr/sbin/in.rshd' '}'
