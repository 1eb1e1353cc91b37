# a modular-daemon host without libvirtd.conf: the built-in level 1 applies
host_base
