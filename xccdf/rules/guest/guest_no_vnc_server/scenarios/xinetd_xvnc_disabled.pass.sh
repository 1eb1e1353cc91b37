# the Xvnc xinetd service is switched off
guest_base
host_file /etc/xinetd.conf 'includedir /etc/xinetd.d'
host_file /etc/xinetd.d/vnc 'service vnc' '{' '	server = /usr/bin/Xvnc' '	server_args = -inetd -query localhost' '	disable = yes' '}'
