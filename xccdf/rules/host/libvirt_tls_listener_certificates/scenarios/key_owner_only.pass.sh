# 0400 and 0640 keys are private
host_base
enable_unit libvirtd-tls.socket sockets.target
libvirt_tls_certs 0640
