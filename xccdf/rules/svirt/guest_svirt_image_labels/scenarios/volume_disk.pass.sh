# A disk from a storage pool is found where the pool keeps its volumes.
# evidence: result=pass guest=web01 .*file=/srv/pool/web01.qcow2 role="disk vda" use=private
host_base
image_pool vms dir /srv/pool
label /srv/pool/web01.qcow2 system_u:object_r:svirt_image_t:s0:c7,c8
run_guest web01 4101 system_u:system_r:svirt_t:s0:c7,c8 "<disk type='volume' device='disk'><source pool='vms' volume='web01.qcow2'/><target dev='vda' bus='virtio'/></disk>"
