# evidence: result=fail guest=gpu01 device=0000:65:00.0 .*not an SR-IOV virtual function
host_base
pci_device 0000:65:00.0 vfio-pci 40 "" 0x030000
define_guest gpu01 "$(pci_hostdev 0000:65:00.0)"
