# An SR-IOV NIC handed over as <interface type='hostdev'> is PCI passthrough too.
# evidence: result=fail guest=net01 class=pci device=0000:03:10.2 type=pci via=interface
host_base
define_guest net01 "<interface type='hostdev' managed='yes'><source><address type='pci' domain='0x0000' bus='0x03' slot='0x10' function='0x2'/></source></interface>"
