# evidence: result=pass guest=web01 definition=persistent type=mount driver=virtiofs source=/srv/share target=share access=read-only
host_base
define_guest web01 "<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs'/><source dir='/srv/share'/><target dir='share'/><readonly/></filesystem>"
