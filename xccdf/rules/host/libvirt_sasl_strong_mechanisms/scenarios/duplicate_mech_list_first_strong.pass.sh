# libsasl2 takes the first mech_list
# evidence: value=gssapi line=1
host_base
enable_unit libvirtd-tcp.socket sockets.target
host_file /etc/sasl2/libvirt.conf 'mech_list: gssapi' 'mech_list: plain'
