# RHEL 9.4 and later: an allow list in FILTER_RPC_ARGS
guest_base
qemu_ga_packaged
host_file /etc/sysconfig/qemu-ga 'FILTER_RPC_ARGS="--allow-rpcs=guest-sync-delimited,guest-sync,guest-ping,guest-get-time,guest-info,guest-shutdown,guest-fsfreeze-status,guest-fsfreeze-freeze,guest-fsfreeze-thaw,guest-fstrim,guest-network-get-interfaces,guest-get-osinfo"' 'FSFREEZE_HOOK_PATHNAME=/etc/qemu-ga/fsfreeze-hook'
