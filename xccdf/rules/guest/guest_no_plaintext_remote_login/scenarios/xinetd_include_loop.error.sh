# xinetd.conf includes itself: xinetd would recurse
guest_base
host_file /etc/xinetd.conf 'include /etc/xinetd.conf'
# evidence: loop
