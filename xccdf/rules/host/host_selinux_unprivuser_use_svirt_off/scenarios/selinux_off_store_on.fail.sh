# a running host whose kernel has no SELinux: the policy store is still judged
host_base
running_host
selinux_disabled
host_file /etc/selinux/config SELINUX=enforcing SELINUXTYPE=targeted
host_file /etc/selinux/targeted/active/booleans.local 'unprivuser_use_svirt=true'
