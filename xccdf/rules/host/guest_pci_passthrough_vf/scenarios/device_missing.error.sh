# No sysfs entry (device removed, or sysfs not there): nothing tells what it is.
# evidence: result=error guest=gpu01 device=0000:65:00.0 .*object=/sys/bus/pci/devices/0000:65:00.0 reason="no such device
host_base
define_guest gpu01 "$(pci_hostdev 0000:65:00.0)"
