#!/bin/bash
# Runs one rule scenario through the real `oscap xccdf eval` on the built datastream, exactly
# as oscap-chroot would: OSCAP_PROBE_ROOT names the fixture root. Asserts the rule's result,
# that the ARF is well-formed XML, and any `# evidence:` lines the scenario declares.
#
# run_scenario.sh DATASTREAM RULE SCRIPT EXPECTED OSCAP_VIRT_BIN
set -euo pipefail
datastream=$1 rule=$2 script=$3 expected=$4 bin=$5
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/oscap-virt-scenario.XXXXXX")
trap 'rm -rf "$work"' EXIT
export ROOT="$work/root"
mkdir -p "$ROOT"

(
    set -eu
    # shellcheck source=lib.sh
    . "$here/lib.sh"
    . "$script"
)

prefix=xccdf_org.oscapvirt
values="<xccdf:set-value idref=\"${prefix}_value_oscap_virt_bin\">$bin</xccdf:set-value>"
while IFS='=' read -r name value; do
    values+="<xccdf:set-value idref=\"${prefix}_value_$name\">$value</xccdf:set-value>"
done < <(sed -n 's/^# value: //p' "$script")

cat > "$work/tailoring.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<xccdf:Tailoring xmlns:xccdf="http://checklists.nist.gov/xccdf/1.2" id="xccdf_org.oscapvirt_tailoring_scenario">
  <xccdf:version time="2026-01-01T00:00:00">1</xccdf:version>
  <xccdf:Profile id="${prefix}_profile_scenario">
    <xccdf:title>scenario</xccdf:title>
    <xccdf:select idref="${prefix}_rule_$rule" selected="true"/>
    $values
  </xccdf:Profile>
</xccdf:Tailoring>
XML

status=0
OSCAP_PROBE_ROOT="$ROOT" oscap xccdf eval --profile "${prefix}_profile_scenario" \
    --tailoring-file "$work/tailoring.xml" --results-arf "$work/arf.xml" \
    "$datastream" > "$work/oscap.out" 2>&1 || status=$?
if [ "$status" != 0 ] && [ "$status" != 2 ]; then
    cat "$work/oscap.out"
    echo "FAIL: oscap exited with $status"
    exit 1
fi
xmllint --noout "$work/arf.xml" || { echo "FAIL: the ARF is not well-formed XML"; exit 1; }

xpath="//*[local-name()='rule-result'][@idref='${prefix}_rule_$rule']"
result=$(xmllint --xpath "string($xpath/*[local-name()='result'])" "$work/arf.xml")
evidence=$(xmllint --xpath "string($xpath//*[local-name()='check-import'])" "$work/arf.xml" || true)
printf 'rule %s, scenario %s: %s (expected %s)\n%s\n' "$rule" "$(basename "$script")" \
    "$result" "$expected" "$evidence"
[ "$result" = "$expected" ] || { echo "FAIL: result $result, expected $expected"; exit 1; }

while IFS= read -r pattern; do
    grep -Eq -- "$pattern" <<<"$evidence" || { echo "FAIL: no evidence line matches: $pattern"; exit 1; }
done < <(sed -n 's/^# evidence: //p' "$script")
echo "ok"
