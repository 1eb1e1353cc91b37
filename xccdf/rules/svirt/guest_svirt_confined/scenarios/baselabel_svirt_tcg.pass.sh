# A <baselabel> of another sVirt domain (svirt_tcg_t) is still confinement.
# evidence: result=pass guest=emu01 definition=persistent labelling=dynamic relabel=yes
host_base
define_guest emu01 "" "<seclabel type='dynamic' model='selinux' relabel='yes'><baselabel>system_u:system_r:svirt_tcg_t:s0</baselabel></seclabel>"
