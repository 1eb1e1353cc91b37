host_base
define_guest web01 "$(file_disk /srv/web01.img vda)"
