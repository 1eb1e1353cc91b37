# the allow list is configured, but a drop-in starts qemu-ga without it
guest_base
qemu_ga_packaged
host_file /etc/sysconfig/qemu-ga 'FILTER_RPC_ARGS="--allow-rpcs=guest-ping,guest-info"'
host_file /etc/systemd/system/qemu-guest-agent.service.d/override.conf '[Service]' 'ExecStart=' 'ExecStart=/usr/bin/qemu-ga --method=virtio-serial'
