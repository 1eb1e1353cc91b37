# Debian style: inetd starts telnetd
guest_base
host_file /etc/inetd.conf 'telnet		stream	tcp	nowait	telnetd	/usr/sbin/tcpd	/usr/sbin/in.telnetd'
