# libselinux keeps the quotes of SELINUXTYPE: it looks for a policy named "targeted" (quoted)
# evidence: result=fail .*policy=
guest_base
qemu_ga_packaged
guest_selinux_targeted
running_host
host_file /etc/selinux/config 'SELINUX=enforcing' 'SELINUXTYPE="targeted"'
