# chardev TLS with its own directory named in qemu.conf.
# evidence: result=pass use=chardev .*file=/srv/chardev-pki/server-cert.pem
host_base
qemu_conf 'chardev_tls = 1' 'chardev_tls_x509_cert_dir = "/srv/chardev-pki/"'
valid_tls_set
qemu_tls_dir /srv/chardev-pki ca server
