# evidence: result=error guest=gpu01 device=0000:65:00.0 .*object=/sys/bus/pci/devices/0000:65:00.0 reason="no such device
host_base
pci_device 0000:03:10.1 vfio-pci 17
define_guest gpu01 "$(pci_hostdev 0000:65:00.0)"
