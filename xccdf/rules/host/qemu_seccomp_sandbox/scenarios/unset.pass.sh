# libvirt's default: sandbox on where QEMU supports it
host_base
