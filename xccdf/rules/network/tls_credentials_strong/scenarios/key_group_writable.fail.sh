# evidence: result=fail use=libvirtd .*serverkey.pem mode=0660 .*reason="writable by group or other users"
host_base
enable_unit libvirtd-tls.socket sockets.target
valid_tls_set
libvirt_tls_files ca server 0660
