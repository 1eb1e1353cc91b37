# value: allowed_mdev_devices=C2177883-F1BB-47F0-914D-32A22E3A8804
# evidence: result=pass guest=vdi01 class=mdev device=c2177883-f1bb-47f0-914d-32a22e3a8804 type=mdev model=vfio-pci
host_base
define_guest vdi01 "<hostdev mode='subsystem' type='mdev' model='vfio-pci'><source><address uuid='c2177883-f1bb-47f0-914d-32a22e3a8804'/></source></hostdev>"
