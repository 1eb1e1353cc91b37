# libsemanage refuses a value other than 0, 1, true, false: the store cannot be judged
host_base
host_file /var/lib/selinux/targeted/active/booleans.local 'unprivuser_use_svirt=on'
