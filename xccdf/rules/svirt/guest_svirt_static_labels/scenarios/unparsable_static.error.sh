# evidence: result=error guest=mls01 labelling=static .*unparsable static label
host_base
define_guest mls01 "" "$(svirt_static system_u:system_r:svirt_t:s0:c10,c2000 no)"
