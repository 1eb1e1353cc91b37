# update-inetd --disable comments the line out as #<off>#
guest_base
host_file /etc/inetd.conf '#<off># telnet	stream	tcp	nowait	telnetd	/usr/sbin/tcpd	/usr/sbin/in.telnetd' 'time	stream	tcp	nowait	root	internal'
