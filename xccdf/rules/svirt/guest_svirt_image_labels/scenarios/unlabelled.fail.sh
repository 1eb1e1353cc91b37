# evidence: result=fail guest=web01 .*label=none reason="the file carries no SELinux label"
host_base
mkdir -p "$ROOT/srv" && : > "$ROOT/srv/web01.img"
run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "$(file_disk /srv/web01.img vda)"
