# evidence: ^iommu_groups=0
# evidence: result=fail guest=gpu01 device=0000:65:00.0 .*IOMMU off
host_base
pci_device 0000:65:00.0 vfio-pci ""
define_guest gpu01 "$(pci_hostdev 0000:65:00.0)"
