# an offline image: only the policy store can be judged, and it keeps the default
host_base
host_file /var/lib/selinux/targeted/active/booleans.local 'virt_sandbox_use_all_caps=0'
