# a local file context that keeps the agent's type
guest_base
qemu_ga_packaged
guest_selinux_targeted
running_host
host_file /etc/selinux/targeted/contexts/files/file_contexts.local '/usr/bin/qemu-ga    system_u:object_r:virt_qemu_ga_exec_t:s0'
