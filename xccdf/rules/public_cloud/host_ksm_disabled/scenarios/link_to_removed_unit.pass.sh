# a wants link to a removed ksm.service enables nothing (systemd ignores it)
host_base
running_host
host_file /sys/kernel/mm/ksm/run 0
mkdir -p "$ROOT/etc/systemd/system/multi-user.target.wants"
ln -s /usr/lib/systemd/system/ksm.service "$ROOT/etc/systemd/system/multi-user.target.wants/ksm.service"
