# a pattern is matched against the whole path: /usr/bin/qemu-g does not label /usr/bin/qemu-ga
# evidence: result=fail .*no file context matches
guest_base
qemu_ga_packaged
guest_selinux_targeted
running_host
host_file /etc/selinux/targeted/contexts/files/file_contexts '/usr/bin/qemu-g	--	system_u:object_r:virt_qemu_ga_exec_t:s0'
