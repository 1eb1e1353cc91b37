# A guest definition linked by an absolute path, as a directory of definitions kept elsewhere is
# often linked in: the NAT-network and block-disk platforms read *.xml files through oscap.
# evidence: result=error .*/etc/libvirt/qemu/web.xml is a symbolic link to the absolute path /srv/vm/web.xml
host_base
mkdir -p "$ROOT/srv/vm"
domain_xml web '' > "$ROOT/srv/vm/web.xml"
ln -s /srv/vm/web.xml "$ROOT/etc/libvirt/qemu/web.xml"
