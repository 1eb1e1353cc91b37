# libvirt's default (0): TLS only when the caller asks for it
host_base
