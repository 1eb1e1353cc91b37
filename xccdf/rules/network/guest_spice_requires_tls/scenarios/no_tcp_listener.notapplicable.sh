# SPICE on a UNIX socket, with listen type none, or bare (port 0, no autoport) opens no TCP port;
# libvirt refuses defaultMode='secure' there, so TLS cannot be required of these displays.
# evidence: guest=sock01 definition=persistent listen=socket:/run/sock01.spice note=
# evidence: guest=bare01 definition=persistent listen=none note=
host_base
define_guest sock01 "<graphics type='spice'><listen type='socket' socket='/run/sock01.spice'/></graphics>"
define_guest none01 "<graphics type='spice'><listen type='none'/></graphics>"
define_guest bare01 "<graphics type='spice'/>"
