#!/bin/bash
# Scripted benchmark (not a test): the whole virt_host profile through `oscap xccdf eval` over
# generated hosts of N guests, each defined and running with a ~30 KB <qemuCaps> state file.
# Design target: 1,000 guests <= 3 s, 5,000 guests <= 15 s, <= 100 MB RSS.
#
# profile_bench.sh DATASTREAM OSCAP_VIRT_BIN [N...]     (default N: 100 1000)
set -euo pipefail
datastream=$1 bin=$2
shift 2
counts=("$@")
[ $# -gt 0 ] || counts=(100 1000)
work=$(mktemp -d /var/tmp/oscap-virt-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
prefix=xccdf_org.oscapvirt
cat > "$work/tailoring.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<xccdf:Tailoring xmlns:xccdf="http://checklists.nist.gov/xccdf/1.2" id="${prefix}_tailoring_bench">
  <xccdf:version time="2026-01-01T00:00:00">1</xccdf:version>
  <xccdf:Profile id="${prefix}_profile_bench" extends="${prefix}_profile_virt_host">
    <xccdf:title>bench</xccdf:title>
    <xccdf:set-value idref="${prefix}_value_oscap_virt_bin">$bin</xccdf:set-value>
  </xccdf:Profile>
</xccdf:Tailoring>
XML

generate() {  # generate ROOT N
    python3 - "$1" "$2" <<'PY'
import os, sys
root, count = sys.argv[1], int(sys.argv[2])
caps = "".join("<flag name='feature-%d'/>" % i for i in range(600)) + "".join(
    "<machine name='pc-q35-%d' maxCpus='288' defaultCPU='qemu64-x86_64-cpu'/>" % i for i in range(150))
for d in ("etc/libvirt/qemu", "run/libvirt/qemu", "usr/sbin", "sys/fs/selinux"):
    os.makedirs(os.path.join(root, d), exist_ok=True)
open(os.path.join(root, "usr/sbin/libvirtd"), "w").close()
open(os.path.join(root, "sys/fs/selinux/enforce"), "w").write("1")
open(os.path.join(root, "etc/libvirt/qemu.conf"), "w").write("spice_tls = 1\nsecurity_require_confined = 1\n")
for i in range(count):
    name = "g%d" % i
    domain = ("<domain type='kvm'><name>%s</name><memory unit='MiB'>64</memory>"
              "<os><type arch='x86_64' machine='pc'>hvm</type></os><devices>"
              "<disk type='file' device='disk'><source file='/var/lib/libvirt/images/%s.qcow2'/>"
              "<target dev='vda'/></disk><graphics type='spice' autoport='yes' defaultMode='secure'/>"
              "<interface type='network'><source network='default'/></interface></devices>"
              "<seclabel type='dynamic' model='selinux' relabel='yes'/></domain>\n") % (name, name)
    open(os.path.join(root, "etc/libvirt/qemu", name + ".xml"), "w").write(domain)
    open(os.path.join(root, "run/libvirt/qemu", name + ".xml"), "w").write(
        "<domstatus state='running' reason='booted' pid='%d'>\n<qemuCaps>%s</qemuCaps>\n%s</domstatus>\n"
        % (10000 + i, caps, domain))
    proc = os.path.join(root, "proc", str(10000 + i), "attr")
    os.makedirs(proc, exist_ok=True)
    open(os.path.join(proc, "current"), "w").write(
        "system_u:system_r:svirt_t:s0:c%d,c%d\0" % (i // 1000, 1000 + i % 24))
PY
}

printf '%8s %10s %12s %s\n' guests wall_s max_rss_kb rules
for count in "${counts[@]}"; do
    root="$work/root-$count"
    generate "$root" "$count"
    OSCAP_PROBE_ROOT="$root" /usr/bin/time -f "%e %M" -o "$work/time" oscap xccdf eval \
        --profile "${prefix}_profile_bench" --tailoring-file "$work/tailoring.xml" \
        --results-arf "$work/arf.xml" "$datastream" > "$work/out" 2>&1 || true
    read -r wall rss < <(tail -n 1 "$work/time")  # time prefixes a line for exit status 2
    printf '%8s %10s %12s %s\n' "$count" "$wall" "$rss" "$(grep -c '^Result' "$work/out")"
    rm -rf "$root"
done
