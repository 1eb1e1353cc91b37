# Allowed by model, but the device is not in sysfs: its model is unknown, so no verdict.
# value: allowed_pci_devices=8086:10ed
# evidence: result=error guest=nfv01 class=pci device=0000:03:10.1 .*reason="vendor:device unknown
host_base
define_guest nfv01 "$(pci_hostdev 0000:03:10.1)"
