# evidence: result=fail guest=nfv01 device=0000:03:00.0 definitions=persistent function=physical reason="physical function with 1 virtual functions
host_base
pci_device 0000:03:00.0 vfio-pci 16
pci_device 0000:03:10.1 vfio-pci 17 0000:03:00.0
define_guest nfv01 "$(pci_hostdev 0000:03:00.0)"
