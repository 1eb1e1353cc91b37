# a policy that does not know the guest agent: it runs unconfined
guest_base
qemu_ga_packaged
guest_selinux_targeted
running_host
host_file /etc/selinux/targeted/contexts/files/file_contexts '/usr/bin/.*	system_u:object_r:bin_t:s0'
