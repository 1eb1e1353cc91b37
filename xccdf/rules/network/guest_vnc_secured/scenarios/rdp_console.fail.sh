# An RDP console is a remote console too, and libvirt gives it neither TLS nor a password.
# evidence: result=fail guest=win01 definition=persistent console=rdp listen=address reason=
host_base
qemu_conf 'vnc_tls = 1'
define_guest win01 "<graphics type='rdp' autoport='yes' multiUser='yes'/>"
