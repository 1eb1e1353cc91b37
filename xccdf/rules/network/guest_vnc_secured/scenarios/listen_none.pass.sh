# evidence: result=pass guest=web01 definition=persistent listen=none note="no network listener"
host_base
define_guest web01 "<graphics type='vnc'><listen type='none'/></graphics>"
