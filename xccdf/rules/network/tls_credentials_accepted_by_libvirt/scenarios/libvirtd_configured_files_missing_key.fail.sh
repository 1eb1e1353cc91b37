# virtproxyd listens (listen_tls = 1) with files named in virtproxyd.conf; the key is missing.
# evidence: result=fail use=virtproxyd .*file=/srv/pki/key.pem reason="private key missing"
host_base
host_file /etc/libvirt/virtproxyd.conf 'listen_tls = 1' 'ca_file = "/srv/pki/ca.pem"; cert_file = "/srv/pki/cert.pem"' 'key_file = "/srv/pki/key.pem"'
valid_tls_set
tls_install ca-cert /srv/pki/ca.pem
tls_install server-cert /srv/pki/cert.pem
