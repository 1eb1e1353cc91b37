# value: allowed_pci_devices=0000:03:10.1, 0000:04:00.0
# evidence: result=pass guest=nfv01 class=pci device=0000:03:10.1 type=pci definitions=persistent,live reason="allow-listed by address"
host_base
define_and_run_guest nfv01 4101 system_u:system_r:svirt_t:s0:c1,c2 "$(pci_hostdev 0000:03:10.1)"
