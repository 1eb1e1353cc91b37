# libsasl2 takes the first mech_list; the strong one below it changes nothing
# evidence: value=plain line=1
host_base
enable_unit libvirtd-tcp.socket sockets.target
host_file /etc/sasl2/libvirt.conf 'mech_list: plain' 'mech_list: gssapi'
