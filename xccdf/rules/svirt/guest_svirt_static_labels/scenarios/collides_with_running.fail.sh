# A static label that equals the pair libvirt gave a running dynamic guest.
# evidence: result=fail guest=mls01 labelling=static .*also used by web01
host_base
define_guest mls01 "" "$(svirt_static system_u:system_r:svirt_t:s0:c1,c2 yes)"
run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "" "$(svirt_dynamic system_u:system_r:svirt_t:s0:c1,c2)"
