# the policy store's booleans.local is a FIFO
host_base
mkdir -p "$ROOT/var/lib/selinux/targeted/active"
mkfifo "$ROOT/var/lib/selinux/targeted/active/booleans.local"
# evidence: object=/var/lib/selinux/targeted/active/booleans.local
