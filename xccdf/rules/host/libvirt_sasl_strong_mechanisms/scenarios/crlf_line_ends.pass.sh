# CRLF line ends: the carriage return is trailing white space, dropped
# evidence: value=gssapi
host_base
enable_unit libvirtd-tcp.socket sockets.target
mkdir -p "$ROOT/etc/sasl2"
printf 'mech_list: gssapi\r\nkeytab: /etc/libvirt/krb5.tab\r\n' > "$ROOT/etc/sasl2/libvirt.conf"
