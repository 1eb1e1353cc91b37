# Two static labels with the same categories (listed in another order).
# evidence: result=fail guest=b01 labelling=static .*reason="MCS s0:c10,c20 also used by a01"
host_base
define_guest a01 "" "$(svirt_static system_u:system_r:svirt_t:s0:c10,c20 yes)"
define_guest b01 "" "$(svirt_static system_u:system_r:svirt_t:s0:c20,c10 yes)"
