# value: allowed_smartcard_guests=admin01
# evidence: result=pass guest=admin01 class=smartcard device=passthrough/spicevmc#1
host_base
define_guest admin01 "<smartcard mode='passthrough' type='spicevmc'/>"
