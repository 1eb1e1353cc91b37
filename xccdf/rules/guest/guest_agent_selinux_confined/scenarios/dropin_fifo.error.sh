# evidence: result=error .*10-management.conf.*not a regular file
guest_base
qemu_ga_packaged
guest_selinux_targeted
running_host
mkdir -p "$ROOT/etc/systemd/system/qemu-guest-agent.service.d"
mkfifo "$ROOT/etc/systemd/system/qemu-guest-agent.service.d/10-management.conf"
