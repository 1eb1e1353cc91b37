# virtiofs through an external virtiofsd (<source socket>): libvirt does not run that daemon and
# cannot make the share read-only, <readonly/> or not.
# evidence: result=fail guest=web01 definition=persistent type=mount driver=virtiofs .*socket=/run/vfsd.sock access=unenforced
host_base
define_guest web01 "<filesystem type='mount'><driver type='virtiofs' queue='1024'/><source socket='/run/vfsd.sock'/><target dir='share'/><readonly/></filesystem>"
