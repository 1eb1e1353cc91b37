# value: qemu_ga_blocked_rpcs=guest-exec, guest-exec-status
guest_base
qemu_ga_packaged
host_file /etc/sysconfig/qemu-ga 'FILTER_RPC_ARGS="--block-rpcs=guest-exec,guest-exec-status"'
