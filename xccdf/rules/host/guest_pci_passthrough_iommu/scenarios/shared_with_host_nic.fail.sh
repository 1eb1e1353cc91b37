# evidence: result=fail guest=gpu01 device=0000:65:00.0 .*iommu_group=40 reason="group shared with host-driven 0000:65:00.1\(e1000e\)"
host_base
pci_device 0000:65:00.0 vfio-pci 40 "" 0x030000
pci_device 0000:65:00.1 e1000e 40
define_guest gpu01 "$(pci_hostdev 0000:65:00.0)"
