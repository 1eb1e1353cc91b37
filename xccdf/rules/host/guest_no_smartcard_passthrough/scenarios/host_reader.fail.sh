# value: allowed_smartcard_guests=admin01
# evidence: result=fail guest=desk01 class=smartcard device=host#1 .*guest not in
host_base
define_guest admin01 "<smartcard mode='passthrough' type='spicevmc'/>"
define_guest desk01 "<smartcard mode='host'/>"
