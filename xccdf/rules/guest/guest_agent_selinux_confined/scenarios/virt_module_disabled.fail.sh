# semodule -d virt
guest_base
qemu_ga_packaged
guest_selinux_targeted
running_host
host_file /var/lib/selinux/targeted/active/modules/disabled/virt ''
