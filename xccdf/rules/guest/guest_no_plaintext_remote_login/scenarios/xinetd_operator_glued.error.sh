# disable=yes without blanks: xinetd refuses the attribute line, the rule cannot judge it
guest_base
host_file /etc/xinetd.conf 'includedir /etc/xinetd.d'
host_file /etc/xinetd.d/telnet 'service telnet' '{' '	server = /usr/sbin/in.telnetd' '	disable=yes' '}'
# evidence: operator
