# remediation: pass
# socket activation: libvirtd-tcp.socket listens on 16509 whatever libvirtd.conf says
host_base
host_file /etc/libvirt/libvirtd.conf '#listen_tcp = 1'
enable_unit libvirtd-tcp.socket sockets.target
