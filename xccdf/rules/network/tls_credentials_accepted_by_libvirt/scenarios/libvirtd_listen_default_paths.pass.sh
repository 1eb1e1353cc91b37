# libvirtd started with --listen (Debian's /etc/default/libvirtd), listen_tls left at its
# default, credentials at libvirt's default paths.
# evidence: result=pass use=libvirtd .*enabled_by="libvirtd --listen with listen_tls" .*servercert.pem
host_base
host_file /etc/default/libvirtd 'LIBVIRTD_ARGS="--timeout 120 -l"'
valid_tls_set
libvirt_tls_files ca server
