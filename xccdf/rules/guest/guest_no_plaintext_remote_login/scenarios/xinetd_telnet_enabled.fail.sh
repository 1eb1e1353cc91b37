# RHEL 6 style: chkconfig telnet on sets disable = no
guest_base
host_file /etc/xinetd.d/telnet 'service telnet' '{' '	socket_type	= stream' '	server		= /usr/sbin/in.telnetd' '	disable		= no' '}'
