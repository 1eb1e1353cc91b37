# inetd runs Xvnc for each connection
guest_base
host_file /etc/inetd.conf '5900	stream	tcp	wait	nobody	/usr/bin/Xvnc	Xvnc -inetd -once'
# evidence: server=/usr/bin/Xvnc
