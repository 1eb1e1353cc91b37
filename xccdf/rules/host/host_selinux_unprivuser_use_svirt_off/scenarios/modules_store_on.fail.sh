# RHEL 7 policy store
host_base
host_file /etc/selinux/targeted/modules/active/booleans.local 'unprivuser_use_svirt=1'
