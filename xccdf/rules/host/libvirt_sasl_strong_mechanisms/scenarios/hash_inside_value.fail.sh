# '#' starts a comment only at the start of a line: the rest of this line is mechanism names
# evidence: not_allowed=
host_base
enable_unit libvirtd-tcp.socket sockets.target
host_file /etc/sasl2/libvirt.conf 'mech_list: gssapi # plain'
