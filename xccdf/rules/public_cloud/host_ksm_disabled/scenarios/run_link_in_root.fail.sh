# /sys/kernel/mm/ksm/run is an absolute link: read inside the root, where KSM runs (on the
# scanning machine /run/oscap-virt-fixture/ksm_run does not exist, which would look like no KSM)
host_base
running_host
host_file /run/oscap-virt-fixture/ksm_run 1
mkdir -p "$ROOT/sys/kernel/mm/ksm"
ln -s /run/oscap-virt-fixture/ksm_run "$ROOT/sys/kernel/mm/ksm/run"
# evidence: run=1
