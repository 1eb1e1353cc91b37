# no /etc/sasl2/libvirt.conf: the file in a later directory of the search path counts
# evidence: file=/usr/lib/sasl2/libvirt.conf
host_base
enable_unit libvirtd-tcp.socket sockets.target
host_file /usr/lib/sasl2/libvirt.conf 'mech_list: plain'
