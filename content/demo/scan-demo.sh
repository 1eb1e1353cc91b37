#!/bin/bash
# Scans the bundled demo hypervisor with `oscap xccdf eval --profile virt_host`, exactly as
# oscap-chroot would (OSCAP_PROBE_ROOT names the demo root), and writes an ARF and an HTML
# report. --check compares the results with expected-results.txt. --host debian scans the
# Debian/Ubuntu demo host (AppArmor) instead, checked against expected-results-debian.txt.
#
# scan-demo.sh [--datastream DS] [--bin OSCAP_VIRT] [--output DIR] [--check] [--host rhel|debian]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
datastream=/usr/local/share/xml/scap/oscap-virt/oscap-virt-ds.xml
bin="" output="$PWD/oscap-virt-demo" check=0 host=rhel
while [ $# -gt 0 ]; do
    case $1 in
        --datastream) datastream=$2; shift 2 ;;
        --bin) bin=$2; shift 2 ;;
        --output) output=$2; shift 2 ;;
        --check) check=1; shift ;;
        --host) host=$2; shift 2 ;;
        *) echo "usage: $0 [--datastream DS] [--bin OSCAP_VIRT] [--output DIR] [--check] [--host rhel|debian]" >&2; exit 2 ;;
    esac
done
mkdir -p "$output"
output=$(cd "$output" && pwd)
root="$output/demo-root"
case $host in
    rhel) make_root=make-demo-root.sh expected_file=expected-results.txt ;;
    debian) make_root=make-debian-demo-root.sh expected_file=expected-results-debian.txt ;;
    *) echo "scan-demo: unknown host $host (rhel or debian)" >&2; exit 2 ;;
esac
"$here/$make_root" "$root"

prefix=xccdf_org.oscapvirt
profile=${prefix}_profile_virt_host
tailoring=()
if [ -n "$bin" ]; then
    # SCE scripts get a fixed PATH: an uninstalled oscap-virt is named through a Value.
    cat > "$output/tailoring.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<xccdf:Tailoring xmlns:xccdf="http://checklists.nist.gov/xccdf/1.2" id="${prefix}_tailoring_demo">
  <xccdf:version time="2026-01-01T00:00:00">1</xccdf:version>
  <xccdf:Profile id="${prefix}_profile_virt_host_demo" extends="$profile">
    <xccdf:title>Virtualization host (demo build)</xccdf:title>
    <xccdf:set-value idref="${prefix}_value_oscap_virt_bin">$bin</xccdf:set-value>
  </xccdf:Profile>
</xccdf:Tailoring>
XML
    tailoring=(--tailoring-file "$output/tailoring.xml")
    profile=${prefix}_profile_virt_host_demo
fi

status=0
OSCAP_PROBE_ROOT="$root" oscap xccdf eval --profile "$profile" "${tailoring[@]}" \
    --results-arf "$output/demo-arf.xml" --report "$output/demo-report.html" \
    "$datastream" > "$output/oscap-output.txt" 2>&1 || status=$?
if [ "$status" != 0 ] && [ "$status" != 2 ]; then
    cat "$output/oscap-output.txt" >&2
    echo "scan-demo: oscap failed with status $status" >&2
    exit 1
fi

result_of() {
    xmllint --xpath "string(//*[local-name()='rule-result'][@idref='${prefix}_rule_$1']/*[local-name()='result'])" \
        "$output/demo-arf.xml"
}
evidence_of() {
    xmllint --xpath "string(//*[local-name()='rule-result'][@idref='${prefix}_rule_$1']//*[local-name()='check-import'])" \
        "$output/demo-arf.xml" 2>/dev/null || true
}

echo "Demo hypervisor ($host) scanned (profile virt_host):"
tr -d '\r' < "$output/oscap-output.txt" |
    awk -F'\t' '$1 == "Title" { title = $2 } $1 == "Result" { printf "  %-14s %s\n", $2, title }' | sort
echo "ARF:    $output/demo-arf.xml"
echo "Report: $output/demo-report.html"

[ "$check" = 1 ] || exit 0
xmllint --noout "$output/demo-arf.xml"
failures=0
while read -r rule expected evidence; do
    case $rule in ''|'#'*) continue ;; esac
    actual=$(result_of "$rule")
    if [ "$actual" != "$expected" ]; then
        echo "MISMATCH $rule: $actual, expected $expected"; failures=$((failures + 1))
    elif [ -n "$evidence" ] && ! evidence_of "$rule" | grep -Eq -- "$evidence"; then
        echo "MISSING EVIDENCE $rule: $evidence"; failures=$((failures + 1))
    fi
done < "$here/$expected_file"
# Every rule the profile evaluated has an expectation, so the demo stays a complete example.
for rule in $(xmllint --xpath "//*[local-name()='rule-result'][*[local-name()='result'] != 'notselected']/@idref" \
                  "$output/demo-arf.xml" | sed -E 's/ idref="xccdf_org.oscapvirt_rule_([^"]*)"/\1\n/g'); do
    grep -q "^$rule " "$here/$expected_file" ||
        { echo "NO EXPECTATION for $rule in $expected_file"; failures=$((failures + 1)); }
done
echo "demo check: $failures mismatches"
[ "$failures" = 0 ]
