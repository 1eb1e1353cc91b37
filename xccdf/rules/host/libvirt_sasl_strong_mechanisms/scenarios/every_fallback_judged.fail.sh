# without /etc/sasl2/libvirt.conf, which later file libsasl2 reads depends on its build: all count
# evidence: file=/usr/lib64/sasl2/libvirt.conf
host_base
enable_unit libvirtd-tcp.socket sockets.target
host_file /etc/sasl/libvirt.conf 'mech_list: gssapi'
host_file /usr/lib64/sasl2/libvirt.conf 'mech_list: plain'
