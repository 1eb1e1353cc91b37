# installed but switched off: xinetd service disabled, inetd line commented out
guest_base
host_file /etc/xinetd.d/telnet 'service telnet' '{' '	flags		= REUSE' '	socket_type	= stream' '	server		= /usr/sbin/in.telnetd' '	disable		= yes' '}'
host_file /etc/inetd.conf '#telnet stream tcp nowait telnetd /usr/sbin/tcpd /usr/sbin/in.telnetd' 'time stream tcp nowait root internal'
