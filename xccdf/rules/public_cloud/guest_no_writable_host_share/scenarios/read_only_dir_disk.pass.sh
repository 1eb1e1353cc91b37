# evidence: result=pass guest=web01 definition=persistent type=disk-dir source=/srv/export target=hdb access=read-only
host_base
define_guest web01 "<disk type='dir' device='disk'><driver name='qemu' type='fat'/><source dir='/srv/export'/><target dev='hdb' bus='ide'/><readonly/></disk>"
