# among regular expressions the last line wins: a later generic pattern relabels the agent
# evidence: result=fail .*context=system_u:object_r:bin_t:s0
guest_base
qemu_ga_packaged
guest_selinux_targeted
running_host
host_file /etc/selinux/targeted/contexts/files/file_contexts \
    '/usr/(s)?bin/qemu-ga	--	system_u:object_r:virt_qemu_ga_exec_t:s0' \
    '/usr/bin/q.*	system_u:object_r:bin_t:s0'
