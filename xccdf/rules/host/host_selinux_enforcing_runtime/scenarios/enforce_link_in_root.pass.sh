# an absolute link inside the judged root is followed inside it: the root's own file says
# enforcing (read on the scanning machine, /run/oscap-virt-fixture/enforce would not exist)
host_base
running_host
host_file /run/oscap-virt-fixture/enforce 1
rm -f "$ROOT/sys/fs/selinux/enforce"
ln -s /run/oscap-virt-fixture/enforce "$ROOT/sys/fs/selinux/enforce"
# evidence: mode=enforcing
