# SASL in use and no libvirt.conf anywhere: every installed mechanism is offered
host_base
enable_unit libvirtd-tcp.socket sockets.target
