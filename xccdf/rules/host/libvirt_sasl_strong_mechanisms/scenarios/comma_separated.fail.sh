# libsasl2 splits mech_list at blanks only: "gssapi,plain" is one name, not an allowed one
# evidence: not_allowed=gssapi,plain
host_base
enable_unit libvirtd-tcp.socket sockets.target
host_file /etc/sasl2/libvirt.conf 'mech_list: gssapi,plain'
