# evidence: result=pass guest=db01 definition=persistent disk=vda source=/var/lib/libvirt/images/db01.qcow2 encryption=luks
host_base
define_guest db01 "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/var/lib/libvirt/images/db01.qcow2'><encryption format='luks'><secret type='passphrase' uuid='0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f'/></encryption></source><target dev='vda'/></disk><disk type='file' device='cdrom'><source file='/iso/tools.iso'/><target dev='sda'/><readonly/></disk>"
