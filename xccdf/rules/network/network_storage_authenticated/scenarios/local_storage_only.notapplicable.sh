host_base
storage_pool default dir ""
define_guest web01 "<disk type='file' device='disk'><source file='/var/lib/libvirt/images/web01.qcow2'/><target dev='vda'/></disk>"
