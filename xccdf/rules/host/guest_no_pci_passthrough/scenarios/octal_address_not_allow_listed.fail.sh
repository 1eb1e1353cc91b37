# bus='010' is octal to libvirt (strtoul base 0): the guest gets 0000:08:00.0, not the
# allow-listed 0000:10:00.0 that reading the field as hexadecimal would name.
# value: allowed_pci_devices=0000:10:00.0
# evidence: result=fail guest=nfv01 class=pci device=0000:08:00.0
host_base
define_guest nfv01 "<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0' bus='010' slot='0' function='0'/></source></hostdev>"
