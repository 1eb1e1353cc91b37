# evidence: result=error object=/etc/libvirt/qemu.conf reason=".*line 2
host_base
qemu_conf 'vnc_tls = [ "1"'
define_guest web01 "<graphics type='vnc' port='-1' autoport='yes' passwd='s3cret'/>"
