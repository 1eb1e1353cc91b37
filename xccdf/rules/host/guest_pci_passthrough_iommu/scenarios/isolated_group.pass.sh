# The group also holds a PCI bridge (tolerated by VFIO) and an unbound device.
# evidence: ^iommu_groups=3
# evidence: result=pass guest=nfv01 device=0000:03:10.1 definitions=persistent iommu_group=17 peers=2
host_base
pci_device 0000:03:10.1 vfio-pci 17 
pci_device 0000:00:01.0 pcieport 17 "" 0x060400
pci_device 0000:03:10.3 "" 17
pci_device 0000:00:1f.3 snd_hda_intel 2
pci_device 0000:00:02.0 i915 1
define_guest nfv01 "$(pci_hostdev 0000:03:10.1)"
