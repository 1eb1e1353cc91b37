# libvirt reads PCI address fields with base 0 (virPCIDeviceAddressParseXML): bus='222' and
# slot='31' are decimal (0xde, 0x1f), and an absent domain is 0.
# value: allowed_pci_devices=0000:de:1f.0
# evidence: result=pass guest=nfv01 class=pci device=0000:de:1f.0
host_base
define_guest nfv01 "<hostdev mode='subsystem' type='pci' managed='yes'><source><address bus='222' slot='31' function='0'/></source></hostdev>"
