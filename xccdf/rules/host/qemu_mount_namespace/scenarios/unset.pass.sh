# libvirt's default: a mount namespace per guest
host_base
