# an include from xinetd.conf names a file outside xinetd.d that enables telnet
guest_base
host_file /etc/xinetd.conf 'include /etc/xinetd.local'
host_file /etc/xinetd.local 'service telnet' '{' '	socket_type	= stream' '	server		= /usr/sbin/in.telnetd' '}'
# evidence: file=/etc/xinetd.local
