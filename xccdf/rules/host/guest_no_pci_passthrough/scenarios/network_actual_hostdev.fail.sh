# An interface on a libvirt network whose pool hands out SR-IOV functions is connected as a
# hostdev: the running guest's state file records the device in <actual type='hostdev'>.
# evidence: result=fail guest=nfv01 class=pci device=0000:03:10.2 type=pci via=interface definitions=live
host_base
define_guest nfv01 "<interface type='network'><source network='sriov-pool'/></interface>"
run_guest nfv01 4101 system_u:system_r:svirt_t:s0:c1,c2 "<interface type='network'><source network='sriov-pool'/><actual type='hostdev' managed='yes'><source><address type='pci' domain='0x0000' bus='0x03' slot='0x10' function='0x2'/></source></actual></interface>"
