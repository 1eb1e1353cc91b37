# Shared by run_scenario.sh and run_fix.sh: build a scenario's fixture root, tailor the
# datastream down to one rule, and evaluate it with the real oscap as oscap-chroot would.
# Callers set: datastream rule script bin work ROOT
prefix=xccdf_org.oscapvirt
harness_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

build_root() {
    mkdir -p "$ROOT"
    (
        set -eu
        # shellcheck source=lib.sh
        . "$harness_dir/lib.sh"
        . "$script"
    )
}

# A tailoring file selecting only $rule (and the rules of $also_rules, if set), with oscap-virt
# named by path and the scenario's `# value: NAME=VALUE` lines applied.
write_tailoring() {
    local values="<xccdf:set-value idref=\"${prefix}_value_oscap_virt_bin\">$bin</xccdf:set-value>"
    local name value selected selects=""
    for selected in "$rule" ${also_rules:-}; do  # one per line: see DESIGN.md on oscap 1.3.7
        selects+="    <xccdf:select idref=\"${prefix}_rule_$selected\" selected=\"true\"/>"$'\n'
    done
    while IFS='=' read -r name value; do
        values+="<xccdf:set-value idref=\"${prefix}_value_$name\">$value</xccdf:set-value>"
    done < <(sed -n 's/^# value: //p' "$script")
    cat > "$work/tailoring.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<xccdf:Tailoring xmlns:xccdf="http://checklists.nist.gov/xccdf/1.2" id="${prefix}_tailoring_scenario">
  <xccdf:version time="2026-01-01T00:00:00">1</xccdf:version>
  <xccdf:Profile id="${prefix}_profile_scenario">
    <xccdf:title>scenario</xccdf:title>
$selects    $values
  </xccdf:Profile>
</xccdf:Tailoring>
XML
}

# Evaluates $rule on $ROOT; sets `result` and `evidence`. Fails on an oscap error or an ARF
# that is not well-formed XML.
evaluate() {
    local arf="$work/arf.xml" status=0
    OSCAP_PROBE_ROOT="$ROOT" oscap xccdf eval --profile "${prefix}_profile_scenario" \
        --tailoring-file "$work/tailoring.xml" --results-arf "$arf" \
        "$datastream" > "$work/oscap.out" 2>&1 || status=$?
    if [ "$status" != 0 ] && [ "$status" != 2 ]; then
        cat "$work/oscap.out"
        echo "FAIL: oscap exited with $status"
        return 1
    fi
    xmllint --noout "$arf" || { echo "FAIL: the ARF is not well-formed XML"; return 1; }
    local xpath="//*[local-name()='rule-result'][@idref='${prefix}_rule_$rule']"
    result=$(xmllint --xpath "string($xpath/*[local-name()='result'])" "$arf")
    evidence=$(xmllint --xpath "string($xpath//*[local-name()='check-import'])" "$arf" || true)
}
