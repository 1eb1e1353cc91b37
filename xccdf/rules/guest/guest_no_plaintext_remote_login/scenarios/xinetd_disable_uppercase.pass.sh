# xinetd compares disable = YES case-insensitively
guest_base
host_file /etc/xinetd.d/telnet 'service telnet' '{' '	server = /usr/sbin/in.telnetd' '	disable = YES' '}'
host_file /etc/xinetd.conf 'includedir /etc/xinetd.d'
