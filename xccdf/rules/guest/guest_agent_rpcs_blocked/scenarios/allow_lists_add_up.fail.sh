# the allow list of qemu-ga.conf is fine, but the command line adds guest-exec to it
guest_base
qemu_ga_packaged
host_file /etc/qemu/qemu-ga.conf '[general]' 'allow-rpcs=guest-ping,guest-info'
host_file /etc/sysconfig/qemu-ga 'FILTER_RPC_ARGS="--allow-rpcs=guest-exec,guest-exec-status"'
