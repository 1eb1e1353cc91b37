# The allow-list names a device model (vendor:device) instead of an address; sysfs tells.
# value: allowed_pci_devices=8086:10ed
# evidence: reason="allow-listed as 8086:10ed"
host_base
pci_device 0000:03:10.1 vfio-pci 17 0000:03:00.0
define_guest nfv01 "$(pci_hostdev 0000:03:10.1)"
