# A device attached to the running guest only: allowed devices elsewhere do not hide it.
# value: allowed_pci_devices=0000:03:10.1
# evidence: result=fail guest=nfv01 class=pci device=0000:05:00.0 .*definitions=live drift="live only
host_base
define_guest nfv01 "$(pci_hostdev 0000:03:10.1)"
run_guest nfv01 4101 system_u:system_r:svirt_t:s0:c1,c2 "$(pci_hostdev 0000:03:10.1) $(pci_hostdev 0000:05:00.0)"
