#!/bin/bash
# Facts shared across a scan change no result: every native rule, evaluated by the real
# `oscap xccdf eval` over scenario roots of the suite, once with facts shared (the default) and
# once with OSCAP_VIRT_SHARE_FACTS=no in oscap's environment (every check collects alone). Each
# rule's result and evidence must be identical (but for days_left=, which counts from "now").
#
#   differential.sh DATASTREAM OSCAP_VIRT_BIN SCENARIO_SCRIPT...
# (a SCENARIO_SCRIPT named make-demo-root.sh builds the demo hypervisor instead)
set -euo pipefail
datastream=$1 bin=$2
shift 2
work=$(mktemp -d "${TMPDIR:-/tmp}/oscap-virt-shared.XXXXXX")
trap 'rm -rf "$work"' EXIT
export ROOT="$work/root"
# shellcheck source=../scenarios/harness.sh
. "$(dirname "$0")/../scenarios/harness.sh"  # sets prefix

# Every native rule (a native check's id is its rule id), with the scenario's Values.
tailoring() {
    local selects="" values="" name value
    for check in $("$bin" list | cut -f1); do
        # shellcheck disable=SC2154 # prefix comes from harness.sh
        selects+="<xccdf:select idref=\"${prefix}_rule_$check\" selected=\"true\"/>
    "
    done
    values="<xccdf:set-value idref=\"${prefix}_value_oscap_virt_bin\">$bin</xccdf:set-value>"
    while IFS='=' read -r name value; do
        values+="
    <xccdf:set-value idref=\"${prefix}_value_$name\">$value</xccdf:set-value>"
    done < <(sed -n 's/^# value: //p' "$script")
    cat <<XML
<?xml version="1.0" encoding="UTF-8"?>
<xccdf:Tailoring xmlns:xccdf="http://checklists.nist.gov/xccdf/1.2" id="${prefix}_tailoring_shared">
  <xccdf:version time="2026-01-01T00:00:00">1</xccdf:version>
  <xccdf:Profile id="${prefix}_profile_shared">
    <xccdf:title>native rules</xccdf:title>
    $selects
    $values
  </xccdf:Profile>
</xccdf:Tailoring>
XML
}

run() {  # run SHARE_FACTS ARF
    local status=0
    OSCAP_VIRT_SHARE_FACTS=$1 OSCAP_PROBE_ROOT="$ROOT" oscap xccdf eval --skip-valid \
        --profile "${prefix}_profile_shared" --tailoring-file "$work/tailoring.xml" \
        --results-arf "$2" "$datastream" > "$work/oscap.out" 2>&1 || status=$?
    [ "$status" = 0 ] || [ "$status" = 2 ] || { cat "$work/oscap.out"; echo "FAIL: oscap exited $status"; exit 1; }
}

compared=0
for script in "$@"; do
    rm -rf "$ROOT"
    if [ "$(basename "$script")" = make-demo-root.sh ]; then
        bash "$script" "$ROOT" > /dev/null
    else
        build_root
    fi
    tailoring > "$work/tailoring.xml"
    run yes "$work/shared.xml"
    run no "$work/alone.xml"
    python3 - "$work/shared.xml" "$work/alone.xml" "$script" <<'PY'
import re
import sys
import xml.etree.ElementTree as ET
XCCDF = "{http://checklists.nist.gov/xccdf/1.2}"
def results(path):
    found = {}
    for rr in ET.parse(path).getroot().iter(XCCDF + "rule-result"):
        evidence = "".join(e.text or "" for e in rr.iter(XCCDF + "check-import"))
        # Counted from the moment of the check: the two runs are seconds apart.
        evidence = re.sub(r"days_left=-?[0-9]+", "days_left=N", evidence)
        found[rr.get("idref")] = (rr.find(XCCDF + "result").text, evidence)
    return found
shared, alone = results(sys.argv[1]), results(sys.argv[2])
if not alone or shared != alone:
    for rule in sorted(set(shared) | set(alone)):
        if shared.get(rule) != alone.get(rule):
            print("%s: %s\n  shared: %r\n  alone:  %r" % (sys.argv[3], rule, shared.get(rule), alone.get(rule)))
    sys.exit("FAIL: results differ with shared facts (%s)" % sys.argv[3])
PY
    compared=$((compared + 1))
done
echo "PASS: $compared scenario roots, every native rule identical with and without shared facts"
