# FILTER_RPC_ARGS emptied so that guest-exec works
guest_base
qemu_ga_packaged
host_file /etc/sysconfig/qemu-ga 'FILTER_RPC_ARGS=""'
