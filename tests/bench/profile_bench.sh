#!/bin/bash
# Scripted benchmark (not a test): the whole virt_host profile through `oscap xccdf eval` over
# generated hosts of N guests, each defined and running with a ~30 KB <qemuCaps> state file.
# Targets: 100 guests <= 1.5 s, 300 <= 2 s, 1,000 <= 3 s, 5,000 <= 10 s, <= 100 MB RSS, and at
# 1,000 guests >= 4x faster than the stock-OVAL formulation of five guest checks.
#
# profile_bench.sh DATASTREAM OSCAP_VIRT_BIN [N...]     (default N: 100 1000)
#   REPEAT=3       each time is the minimum of REPEAT runs (the machine may be shared)
#   BASELINE="DATASTREAM OSCAP_VIRT_BIN"   the same profile with another build, side by side
#
# Columns: profile_s, max_rss_kb: the scan (oscap's own peak RSS); collector_rss_kb: the peak
# RSS of the scan's fact server, which collects for every check; oscap_only_s: the profile with every native rule unselected (what oscap itself costs:
# OVAL rules, SCE overhead excluded); baseline_s/_rss_kb: BASELINE's profile; oval5_s: the
# stock-OVAL formulation of five guest checks (five_guest_checks.oval.xml: xmlfilecontent over
# every domain file, SEXP_VALIDATE_DISABLE=1); x_oval5: oval5_s / profile_s.
set -euo pipefail
datastream=$1 bin=$2
shift 2
counts=("$@")
[ $# -gt 0 ] || counts=(100 1000)
repeat=${REPEAT:-3}
read -r base_datastream base_bin <<< "${BASELINE:-}"
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /var/tmp/oscap-virt-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
prefix=xccdf_org.oscapvirt

tailoring() {  # tailoring BIN [unselect-native]: virt_host with oscap-virt named by path
    local selects=""
    if [ "${2:-}" = unselect-native ]; then
        for check in $("$1" list | cut -f1); do
            selects+="<xccdf:select idref=\"${prefix}_rule_$check\" selected=\"false\"/>
    "
        done
    fi
    cat <<XML
<?xml version="1.0" encoding="UTF-8"?>
<xccdf:Tailoring xmlns:xccdf="http://checklists.nist.gov/xccdf/1.2" id="${prefix}_tailoring_bench">
  <xccdf:version time="2026-01-01T00:00:00">1</xccdf:version>
  <xccdf:Profile id="${prefix}_profile_bench" extends="${prefix}_profile_virt_host">
    <xccdf:title>bench</xccdf:title>
    $selects
    <xccdf:set-value idref="${prefix}_value_oscap_virt_bin">$1</xccdf:set-value>
  </xccdf:Profile>
</xccdf:Tailoring>
XML
}
tailoring "$bin" > "$work/tailoring.xml"
tailoring "$bin" unselect-native > "$work/oscap-only.xml"
[ -z "$base_bin" ] || tailoring "$base_bin" > "$work/baseline.xml"
# The peak RSS of the fact server of a scan: a stand-in oscap process (bash named oscap) runs one
# check, which starts the server; its VmHWM once it has collected.
cp /bin/bash "$work/oscap"
cat > "$work/collector.sh" <<'SH'
"$1" check guest_spice_requires_tls > /dev/null || true
socket="$$-$(sed 's/.*) //' /proc/$$/stat | cut -d' ' -f20).sock"  # bound as .../fd/N/NAME
pid=$(ss -xlpn | awk -v name="/$socket" 'substr($5, length($5) - length(name) + 1) == name' |
    sed -n 's/.*pid=\([0-9]*\).*/\1/p')
[ -n "$pid" ] && awk '/VmHWM/ { print $2 }' "/proc/$pid/status" || echo -
SH

generate() {  # generate ROOT N
    python3 - "$1" "$2" <<'PY'
import os, sys
root, count = sys.argv[1], int(sys.argv[2])
caps = "".join("<flag name='feature-%d'/>" % i for i in range(600)) + "".join(
    "<machine name='pc-q35-%d' maxCpus='288' defaultCPU='qemu64-x86_64-cpu'/>" % i for i in range(150))
for d in ("etc/libvirt/qemu", "run/libvirt/qemu", "usr/sbin", "usr/lib", "sys/fs/selinux"):
    os.makedirs(os.path.join(root, d), exist_ok=True)
# Without an operating system every native check stops at once with an error: nothing measured.
open(os.path.join(root, "usr/lib/os-release"), "w").write('NAME="Bench Linux"\nID=bench\n')
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

# timed ROOT COMMAND...: the minimum wall time of $repeat runs and the largest max RSS, "S KB"
timed() {
    local root=$1 best="" rss=0 wall kb
    shift
    for _ in $(seq "$repeat"); do
        OSCAP_PROBE_ROOT="$root" /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2>&1 || true
        read -r wall kb < <(tail -n 1 "$work/time")  # time prefixes a line for exit status 2
        best=$(python3 -c "print(min(float(x) for x in '$best $wall'.split()))")
        [ "$kb" -le "$rss" ] || rss=$kb
    done
    echo "$best $rss"
}

eval_profile=(oscap xccdf eval --profile "${prefix}_profile_bench" --results-arf "$work/arf.xml")

printf '%7s %9s %10s %15s %12s %10s %15s %8s %8s %5s\n' guests profile_s max_rss_kb \
    collector_rss_kb oscap_only_s baseline_s baseline_rss_kb oval5_s x_oval5 rules
for count in "${counts[@]}"; do
    root="$work/root-$count"
    generate "$root" "$count"
    read -r wall rss < <(timed "$root" "${eval_profile[@]}" --tailoring-file "$work/tailoring.xml" "$datastream")
    rules=$(grep -c '^Result' "$work/out" || true)
    # A native rule in error measured an early exit, not a scan: refuse to report its time.
    errors=$(awk '$1 == "Rule" { rule = $2 } $1 == "Result" && $2 == "error" { print rule }' "$work/out")
    if [ -n "$errors" ]; then
        printf '%s\n' "$errors" >&2
        echo "these rules ended in error on the generated host: its figures would mean nothing" >&2
        exit 1
    fi
    collector=$(OSCAP_PROBE_ROOT="$root" "$work/oscap" "$work/collector.sh" "$bin")
    read -r only _ < <(timed "$root" "${eval_profile[@]}" --tailoring-file "$work/oscap-only.xml" "$datastream")
    base_wall=- base_rss=-
    [ -z "$base_bin" ] ||
        read -r base_wall base_rss < <(timed "$root" "${eval_profile[@]}" \
            --tailoring-file "$work/baseline.xml" "$base_datastream")
    read -r oval _ < <(timed "$root" env SEXP_VALIDATE_DISABLE=1 oscap oval eval \
        "$here/five_guest_checks.oval.xml")
    grep -q '^Definition oval:org.oscapvirt.bench:def:5: true' "$work/out" ||
        { cat "$work/out"; echo "the stock-OVAL formulation did not evaluate" >&2; exit 1; }
    printf '%7s %9s %10s %15s %12s %10s %15s %8s %8s %5s\n' "$count" "$wall" "$rss" "$collector" \
        "$only" "$base_wall" "$base_rss" "$oval" \
        "$(python3 -c "print('%.1f' % ($oval / max($wall, 0.01)))")" "$rules"
    rm -rf "$root"
done
