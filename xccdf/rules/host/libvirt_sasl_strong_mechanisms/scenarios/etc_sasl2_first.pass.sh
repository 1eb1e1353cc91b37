# /etc/sasl2/libvirt.conf is found first: the weak file later in the search path is never read
# evidence: file=/etc/sasl2/libvirt.conf
host_base
enable_unit libvirtd-tcp.socket sockets.target
host_file /etc/sasl2/libvirt.conf 'mech_list: gssapi'
host_file /usr/lib/sasl2/libvirt.conf 'mech_list: plain'
