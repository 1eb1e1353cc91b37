# evidence: result=fail guest=vdi01 class=mdev device=c2177883-f1bb-47f0-914d-32a22e3a8804
host_base
define_guest vdi01 "<hostdev mode='subsystem' type='mdev' model='vfio-pci'><source><address uuid='c2177883-f1bb-47f0-914d-32a22e3a8804'/></source></hostdev>"
