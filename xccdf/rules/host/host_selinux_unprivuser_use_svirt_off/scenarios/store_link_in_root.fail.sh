# booleans.local is an absolute link: read inside the root, where it switches the boolean on
host_base
host_file /srv/selinux/booleans.local 'virt_use_nfs=1' 'unprivuser_use_svirt = 1'
mkdir -p "$ROOT/var/lib/selinux/targeted/active"
ln -s /srv/selinux/booleans.local "$ROOT/var/lib/selinux/targeted/active/booleans.local"
# evidence: local=on
