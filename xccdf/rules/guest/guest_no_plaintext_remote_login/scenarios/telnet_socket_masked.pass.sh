# a leftover wants link, but telnet.socket is masked
guest_base
enable_unit telnet.socket sockets.target
mask_unit telnet.socket
