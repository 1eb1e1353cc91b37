# the vulnerabilities directory is an absolute link: read inside the root, where mds is
# vulnerable
host_base
running_host
host_file /run/oscap-virt-fixture/vulnerabilities/mds 'Vulnerable: Clear CPU buffers attempted, no microcode; SMT vulnerable'
mkdir -p "$ROOT/sys/devices/system/cpu"
ln -s /run/oscap-virt-fixture/vulnerabilities "$ROOT/sys/devices/system/cpu/vulnerabilities"
# evidence: vulnerability=mds
