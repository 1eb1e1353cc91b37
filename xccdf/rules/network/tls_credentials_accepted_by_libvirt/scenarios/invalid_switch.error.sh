# spice_tls = "yes" is no libvirt boolean: libvirt refuses qemu.conf, so nothing can be judged.
# evidence: result=error object="tls configuration" reason=.*spice_tls
host_base
qemu_conf 'spice_tls = "yes"'
