#!/bin/bash
# Remediation end to end on the insecure demo host (content/demo/make-demo-root.sh --insecure):
# scan it, remediate it the way an administrator would, scan it again. Every rule of the
# profile that has a fix of that kind must fail before and pass after (rules whose fix acts
# only on a running system, `# live-only:` in their fix file, excepted and listed), and no rule
# may get worse. Modes:
#   bash       `oscap xccdf generate fix --fix-type bash`, the whole script run in the root;
#              it must run to its end (no fix may end it)
#   ansible    `oscap xccdf generate fix --fix-type ansible`, the playbook run in the root
#   remediate  `oscap xccdf eval --remediate` run inside the root (it fixes the system it runs on)
#   bash-no-selinux  the bash script on the same host without SELinux (no selinuxfs, no
#              /etc/selinux): no fix may write SELinux settings there, nothing may regress
# Fixes run chrooted in a private mount namespace (tests/scenarios/in_root.sh).
#
# remediate_demo.sh DATASTREAM OSCAP_VIRT_BIN RULES_JSON PROFILE bash|ansible|remediate
set -euo pipefail
datastream=$1 bin=$2 manifest=$3 profile=$4 mode=$5
here=$(cd "$(dirname "$0")" && pwd)
in_root=$here/../scenarios/in_root.sh
prefix=xccdf_org.oscapvirt
work=$(mktemp -d "${TMPDIR:-/tmp}/oscap-virt-remediate.XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/root
"$here/../../content/demo/make-demo-root.sh" --insecure "$root" > /dev/null
mkdir -p "$root/tmp"
if [ "$mode" = bash-no-selinux ]; then
    rm -rf "$root/sys/fs/selinux" "$root/etc/selinux"
fi

# tailoring FILE BIN: the profile with oscap-virt named by path and no libvirt daemon contacted.
tailoring() {
    cat > "$1" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<xccdf:Tailoring xmlns:xccdf="http://checklists.nist.gov/xccdf/1.2" id="${prefix}_tailoring_remediate">
  <xccdf:version time="2026-01-01T00:00:00">1</xccdf:version>
  <xccdf:Profile id="${prefix}_profile_remediate" extends="${prefix}_profile_$profile">
    <xccdf:title>$profile (remediation test)</xccdf:title>
    <xccdf:set-value idref="${prefix}_value_oscap_virt_bin">$2</xccdf:set-value>
    <xccdf:set-value idref="${prefix}_value_oscap_virt_connect">none</xccdf:set-value>
  </xccdf:Profile>
</xccdf:Tailoring>
XML
}
tailoring "$work/tailoring.xml" "$bin"

# scan NAME: the root's results, one "rule result" line per rule, in $work/NAME.results
scan() {
    local status=0
    OSCAP_PROBE_ROOT="$root" oscap xccdf eval --profile "${prefix}_profile_remediate" \
        --tailoring-file "$work/tailoring.xml" --results-arf "$work/$1.arf" "$datastream" \
        > "$work/$1.out" 2>&1 || status=$?
    if [ "$status" != 0 ] && [ "$status" != 2 ]; then
        cat "$work/$1.out"; echo "FAIL: oscap exited with $status ($1 scan)"; exit 1
    fi
    xmllint --noout "$work/$1.arf"
    python3 - "$work/$1.arf" > "$work/$1.results" <<'PY'
import sys, xml.etree.ElementTree as ET
X = "{http://checklists.nist.gov/xccdf/1.2}"
for result in ET.parse(sys.argv[1]).getroot().iter(X + "rule-result"):
    print(result.get("idref").rsplit("_rule_", 1)[1], result.find(X + "result").text)
PY
}
scan before

fix_system="sh"
[ "$mode" = ansible ] && fix_system=ansible
# Rules of this profile with a fix of this kind: provable ones, and live-only ones.
read -r -a fixable < <(python3 - "$manifest" "$work/before.results" "$fix_system" <<'PY'
import json, sys
selected = {line.split()[0] for line in open(sys.argv[2]) if line.split()[1] != "notselected"}
rules = [r for r in json.load(open(sys.argv[1])) if r["rule"] in selected and sys.argv[3] in r["fixes"]]
print(" ".join(r["rule"] for r in rules if not r["fixes"][sys.argv[3]]["live_only"]))
PY
)
read -r -a live_only < <(python3 - "$manifest" "$work/before.results" "$fix_system" <<'PY'
import json, sys
selected = {line.split()[0] for line in open(sys.argv[2]) if line.split()[1] != "notselected"}
print(" ".join(r["rule"] for r in json.load(open(sys.argv[1]))
               if r["rule"] in selected and sys.argv[3] in r["fixes"] and r["fixes"][sys.argv[3]]["live_only"]))
PY
)
echo "$profile: ${#fixable[@]} rules with a $fix_system fix to prove; live-only, not provable on a root: ${live_only[*]:-none}"
result_of() { awk -v rule="$1" '$1 == rule { print $2 }' "$work/$2.results"; }
# Rules whose platform this host is not (another security module's; on the host without
# SELinux, the SELinux ones too) are not expected to fail first; the no-regression check below
# still holds them to their result.
if [ "$mode" = bash-no-selinux ]; then
    mapfile -t fixable < <(for rule in "${fixable[@]}"; do
        [ "$(result_of "$rule" before)" = fail ] && echo "$rule"; done)
else
    mapfile -t fixable < <(for rule in "${fixable[@]}"; do
        [ "$(result_of "$rule" before)" != notapplicable ] && echo "$rule"; done)
fi
for rule in "${fixable[@]}"; do
    [ "$(result_of "$rule" before)" = fail ] ||
        { echo "FAIL: the insecure demo host should fail $rule, got $(result_of "$rule" before)"; exit 1; }
done

case $mode in
    bash | bash-no-selinux)
        oscap xccdf generate fix --fix-type bash --profile "${prefix}_profile_remediate" \
            --tailoring-file "$work/tailoring.xml" --output "$root/tmp/fix.sh" "$datastream"
        # A fix that ends the script would keep this line from running.
        echo 'echo "oscap-virt: remediation script ran to its end"' >> "$root/tmp/fix.sh"
        "$in_root" --proc "$root" /bin/bash /tmp/fix.sh > "$work/fix.out" 2>&1 ||
            { cat "$work/fix.out"; echo "FAIL: the bash remediation failed"; exit 1; }
        grep -q 'remediation script ran to its end' "$work/fix.out" ||
            { cat "$work/fix.out"; echo "FAIL: a fix ended the combined script early"; exit 1; }
        rm -f "$root/tmp/fix.sh"
        ;;
    ansible)
        oscap xccdf generate fix --fix-type ansible --profile "${prefix}_profile_remediate" \
            --tailoring-file "$work/tailoring.xml" --output "$root/tmp/playbook.yml" "$datastream"
        "$in_root" --proc "$root" env HOME=/tmp ANSIBLE_LOCALHOST_WARNING=false \
            ANSIBLE_INVENTORY_UNPARSED_WARNING=false \
            ansible-playbook -c local -i localhost, /tmp/playbook.yml > "$work/fix.out" 2>&1 ||
            { cat "$work/fix.out"; echo "FAIL: the Ansible remediation failed"; exit 1; }
        rm -f "$root/tmp/playbook.yml"
        ;;
    remediate)
        # oscap fixes the system it runs on: run it inside the root, which it then scans as
        # its own "/" (the fixture /proc stays visible).
        mkdir -p "$root/tmp/oscap-virt-test"
        cp "$datastream" "$root/tmp/oscap-virt-test/ds.xml"
        cp "$bin" "$root/tmp/oscap-virt-test/oscap-virt"
        tailoring "$root/tmp/oscap-virt-test/tailoring.xml" /tmp/oscap-virt-test/oscap-virt
        status=0
        "$in_root" "$root" oscap xccdf eval --remediate --profile "${prefix}_profile_remediate" \
            --tailoring-file /tmp/oscap-virt-test/tailoring.xml \
            --results-arf /tmp/oscap-virt-test/remediate.arf /tmp/oscap-virt-test/ds.xml \
            > "$work/fix.out" 2>&1 || status=$?
        if [ "$status" != 0 ] && [ "$status" != 2 ]; then
            cat "$work/fix.out"; echo "FAIL: oscap --remediate exited with $status"; exit 1
        fi
        xmllint --noout "$root/tmp/oscap-virt-test/remediate.arf"
        rm -rf "$root/tmp/oscap-virt-test"
        ;;
    *) echo "usage: $0 DATASTREAM OSCAP_VIRT_BIN RULES_JSON PROFILE bash|ansible|remediate|bash-no-selinux" >&2; exit 2 ;;
esac

scan after
problems=0
if [ "$mode" = bash-no-selinux ]; then
    if grep -rEq '^[[:space:]]*security_driver[[:space:]]*=[[:space:]]*"selinux"' "$root/etc/libvirt"; then
        echo "FAIL: a fix set security_driver = \"selinux\" on a host without SELinux (libvirt would not start)"
        problems=1
    fi
    if [ -e "$root/etc/selinux" ] || [ -e "$root/sys/fs/selinux" ]; then
        echo "FAIL: a fix created SELinux configuration on a host without SELinux"; problems=1
    fi
fi
for rule in "${fixable[@]}"; do
    after=$(result_of "$rule" after)
    echo "$rule: fail -> $after"
    [ "$after" = pass ] || { echo "FAIL: $rule is $after after the $mode remediation"; problems=1; }
done
# No regression: a rule that passed before passes after; nothing becomes an error.
while read -r rule before; do
    after=$(result_of "$rule" after)
    if { [ "$before" = pass ] && [ "$after" != pass ]; } || { [ "$after" = error ] && [ "$before" != error ]; } ||
        { [ "$before" = notapplicable ] && [ "$after" = fail ]; }; then
        echo "FAIL: $rule regressed from $before to $after"; problems=1
    fi
done < "$work/before.results"
[ "$problems" = 0 ] || { tail -30 "$work/fix.out"; exit 1; }
echo "ok: $profile $mode: ${#fixable[@]} rules fixed, none regressed"
