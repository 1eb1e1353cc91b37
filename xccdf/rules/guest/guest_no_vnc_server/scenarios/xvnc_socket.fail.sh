guest_base
enable_unit xvnc.socket sockets.target
