# <disk type='nvme'> hands the host's NVMe controller to the guest through VFIO: a PCI device
# passed through, though it is written as a disk.
# evidence: result=fail guest=db01 class=pci device=0000:01:00.0 type=pci via=nvme-disk
host_base
define_guest db01 "<disk type='nvme' device='disk'><driver name='qemu' type='raw'/><source type='pci' managed='yes' namespace='1'><address domain='0x0000' bus='0x01' slot='0x00' function='0x0'/></source><target dev='vda' bus='virtio'/></disk>"
