#!/bin/bash
# What Foreman's proxy and auditors render must show each rule's identifier, NIST SP 800-53
# controls, equivalent published items, guide reference and fix text:
# - `oscap xccdf generate guide` of each profile lists every selected rule's OSCAPVIRT identifier
#   and its controls;
# - an ARF from the real `oscap xccdf eval` (a manual, an OVAL and a failing native rule on a
#   fixture host) is valid, the manual rule is notchecked, and `oscap xccdf generate report`
#   shows the identifiers, controls, CCE, STIG item, guide section, documentation links, the
#   manual rule's instructions and the failing rule's fix text.
#
# rendered_metadata.sh DATASTREAM RULES_JSON OSCAP_VIRT_BIN
set -euo pipefail
datastream=$1 manifest=$2 bin=$3
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/oscap-virt-rendered.XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix=xccdf_org.oscapvirt
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

for profile in virt_host virt_host_public_cloud virt_guest; do
    oscap xccdf generate guide --profile "${prefix}_profile_$profile" "$datastream" > "$work/guide.html"
    # Every rule the profile selects, with its identifier and first control, from the manifest.
    python3 - "$manifest" "$profile" > "$work/expected" <<'PY'
import json, sys
rules, profile = json.load(open(sys.argv[1])), sys.argv[2]
for r in rules:
    selected = set(r["profiles"]) | ({"virt_host_public_cloud"} if "virt_host" in r["profiles"] else set())
    if profile in selected:
        print(r["ident"], r["controls"][0])
PY
    count=0
    while read -r ident control; do
        count=$((count + 1))
        grep -q ">$ident</abbr>" "$work/guide.html" || fail "$profile guide: no identifier $ident"
        grep -q "NIST.SP.800-53r5.pdf\">$control<" "$work/guide.html" || fail "$profile guide: no control $control"
    done < "$work/expected"
    [ "$count" -gt 0 ] || fail "$profile: no rules selected"
    echo "guide $profile: $count rules with identifier and controls"
done

# One ARF through the real oscap, as the scenarios run it: a manual, an OVAL and a native rule
# (failing: a guest with plaintext SPICE) on a fixture host.
export ROOT="$work/root"
rule=host_staff_training
also_rules="host_sshd_root_login_disabled guest_spice_requires_tls"
script="$here/../scenarios/sce/guests_with_plain_spice.sh"
# shellcheck source=../scenarios/harness.sh
. "$here/../scenarios/harness.sh"
build_root
write_tailoring
evaluate || fail "oscap xccdf eval"
[ "$result" = notchecked ] || fail "the manual rule gave $result, not notchecked"
grep -Eq "^Ident[[:space:]]+OSCAPVIRT-0077" "$work/oscap.out" || fail "oscap xccdf eval prints no identifier"
oscap ds rds-validate "$work/arf.xml" || fail "the ARF does not validate"
xpath="//*[local-name()='rule-result'][@idref='${prefix}_rule_host_staff_training']"
ident=$(xmllint --xpath "string($xpath/*[local-name()='ident'])" "$work/arf.xml")
[ "$ident" = OSCAPVIRT-0077 ] || fail "the manual rule's result carries identifier '$ident'"
oscap xccdf generate report "$work/arf.xml" > "$work/report.html"
for pattern in '>OSCAPVIRT-0077</abbr>' '>OSCAPVIRT-0034</abbr>' '>CCE-80901-2</abbr>' \
        'NIST.SP.800-53r5.pdf">AT-2<' 'NIST.SP.800-53r5.pdf">SC-8(1)<' '>RHEL-09-255045<' \
        'section 2.2: Host Security Recommended Practices' 'No program can observe this' \
        'SPICE device require TLS: virsh edit GUEST' \
        '<a href="https://man.openbsd.org/sshd_config#PermitRootLogin">' \
        '<option value="NIST SP 800-53">NIST SP 800-53</option>'; do
    grep -qF -- "$pattern" "$work/report.html" || fail "report: no $pattern"
done
[ "$failures" = 0 ] || exit 1
echo "ok: guides, ARF and report show identifiers, controls and references"
