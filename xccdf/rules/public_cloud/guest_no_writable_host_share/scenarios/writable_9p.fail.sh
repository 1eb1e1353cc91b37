# evidence: result=fail guest=web01 definition=persistent type=mount driver=default source=/srv/data target=data access=read-write
host_base
define_guest web01 "<filesystem type='mount' accessmode='mapped'><source dir='/srv/data'/><target dir='data'/></filesystem>"
