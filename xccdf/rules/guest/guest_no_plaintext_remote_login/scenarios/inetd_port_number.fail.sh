# the login service given by its port number
guest_base
host_file /etc/inetd.conf '513	stream	tcp	nowait	root	/usr/sbin/tcpd	/usr/sbin/in.rlogind'
# evidence: inetd_service=513
