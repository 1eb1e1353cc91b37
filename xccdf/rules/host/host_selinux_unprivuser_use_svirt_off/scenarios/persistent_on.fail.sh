# setsebool -P on an offline image's policy store: on after the next boot
host_base
host_file /var/lib/selinux/targeted/active/booleans.local 'unprivuser_use_svirt=1'
