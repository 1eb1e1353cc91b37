# spice_tls = "yes" is no libvirt boolean: libvirt refuses qemu.conf, so nothing can be judged.
# evidence: result=error object=/etc/libvirt/qemu.conf reason=.*spice_tls
host_base
qemu_conf 'spice_tls = "yes"'
