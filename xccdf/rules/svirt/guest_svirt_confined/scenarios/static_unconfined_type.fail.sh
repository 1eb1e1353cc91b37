# A static label is only confinement when its type is an sVirt domain: unconfined_t runs QEMU
# unconfined whatever the MCS categories say.
# evidence: result=fail guest=legacy definition=persistent labelling=static label=unconfined_u:unconfined_r:unconfined_t:s0 reason=".*not an sVirt domain
host_base
define_guest legacy "" "$(svirt_static unconfined_u:unconfined_r:unconfined_t:s0 no)"
