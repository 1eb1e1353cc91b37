# RHEL 6 keeps boolean settings also in the legacy /etc/selinux/targeted/booleans
host_base
host_file /etc/selinux/targeted/booleans 'unprivuser_use_svirt=true'
