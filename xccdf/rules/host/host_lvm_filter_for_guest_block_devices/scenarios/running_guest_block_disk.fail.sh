# a transient guest (only in /run) with a raw partition
host_base
run_guest scratch 4242 'system_u:system_r:svirt_t:s0:c1,c2' "<disk type='block' device='disk'><source dev='/dev/sdc1'/><target dev='vdb'/></disk>"
