# a FIFO in place of virtqemud.conf: whether it sets auth_unix_rw = "sasl" is unknown
host_base
mkfifo "$ROOT/etc/libvirt/virtqemud.conf"
host_file /etc/sasl2/libvirt.conf 'mech_list: plain'
