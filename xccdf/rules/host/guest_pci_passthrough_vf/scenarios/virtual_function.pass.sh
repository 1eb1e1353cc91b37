# evidence: result=pass guest=nfv01 device=0000:03:10.1 definitions=persistent,live function=virtual physfn=0000:03:00.0
host_base
pci_device 0000:03:00.0 ixgbe 16
pci_device 0000:03:10.1 vfio-pci 17 0000:03:00.0
define_and_run_guest nfv01 4101 system_u:system_r:svirt_t:s0:c1,c2 "$(pci_hostdev 0000:03:10.1)"
