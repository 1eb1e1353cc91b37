# a lone carriage return does not end a line for libsasl2: plain is a second name in mech_list
# evidence: not_allowed=plain
host_base
enable_unit libvirtd-tcp.socket sockets.target
mkdir -p "$ROOT/etc/sasl2"
printf 'mech_list: gssapi\rplain\n' > "$ROOT/etc/sasl2/libvirt.conf"
