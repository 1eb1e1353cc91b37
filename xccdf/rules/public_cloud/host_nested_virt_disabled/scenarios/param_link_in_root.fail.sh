# the nested parameter is an absolute link: read inside the root, where nesting is on
host_base
running_host
host_file /run/oscap-virt-fixture/nested Y
mkdir -p "$ROOT/sys/module/kvm_intel/parameters"
ln -s /run/oscap-virt-fixture/nested "$ROOT/sys/module/kvm_intel/parameters/nested"
# evidence: nested=on
