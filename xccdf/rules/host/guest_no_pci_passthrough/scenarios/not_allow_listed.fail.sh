# evidence: ^allowed_pci_devices=none
# evidence: result=fail guest=gpu01 class=pci device=0000:65:00.0 type=pci definitions=persistent reason="not in ALLOWED_PCI_DEVICES"
host_base
define_guest gpu01 "$(pci_hostdev 0000:65:00.0)"
