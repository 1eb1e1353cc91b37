# With relabel='yes' libvirt labels the images itself; only uniqueness is judged here.
# evidence: result=pass guest=app01 labelling=static label=system_u:system_r:svirt_t:s0:c30,c40 relabel=yes
host_base
define_guest app01 "$(file_disk /srv/app01.img vda)" "$(svirt_static system_u:system_r:svirt_t:s0:c30,c40 yes)"
