#!/bin/bash
# `oscap-virt scan` as a user meets it: every failure is one line on stderr naming the cause and
# the fix, with exit status 1 (usage: 2); a root holding no operating system is refused; an
# offline ARF names the scanned system (target and target-facts); the terminal shows titles,
# a summary by result and severity and where the ARF and report went; --json is a summary.
#
#   scan_front_end.sh OSCAP_VIRT_BIN DATASTREAM WORK_DIR
set -euo pipefail
bin=$(realpath "$1") datastream=$(realpath "$2") work=$(realpath -m "$3")
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work"
chmod 0755 "$work"
export ROOT=$work/root
# shellcheck source=fixture.sh
. "$here/fixture.sh"
build_fixture_root
host_file /etc/hostname hv07.example.org
host_file /etc/machine-id 0123456789abcdef0123456789abcdef
tailoring_for "$bin" xccdf_org.oscapvirt_profile_virt_host > "$work/tailoring.xml"

# refused EXPECTED_STATUS PATTERN COMMAND...: fails with that status, prints nothing on stdout
# and exactly one stderr line matching PATTERN, with no C source locations or literal \n.
refused() {
    local expected=$1 pattern=$2 status=0
    shift 2
    "$@" > "$work/out" 2> "$work/err" || status=$?
    [ "$status" = "$expected" ] || { cat "$work/err"; fail "$*: exit $status, expected $expected"; }
    [ ! -s "$work/out" ] || { cat "$work/out"; fail "$*: wrote to stdout"; }
    [ "$(wc -l < "$work/err")" = 1 ] || { cat "$work/err"; fail "$*: not one line on stderr"; }
    grep -Eq -- "$pattern" "$work/err" || { cat "$work/err"; fail "$*: no line matches $pattern"; }
    if grep -Eq '\\n|\.c:[0-9]+' "$work/err"; then cat "$work/err"; fail "$*: raw oscap error text"; fi
    echo "ok: $* -> $status: $(cat "$work/err")"
}

# Roots that hold no operating system.
mkdir -p "$work/empty" "$work/mnt"
: > "$work/regular-file"
refused 1 'holds no operating system' "$bin" scan --root "$work/empty" "$datastream"
refused 1 'holds no operating system' "$bin" --root "$work/mnt" scan "$datastream"
refused 1 'is not a directory' "$bin" scan --root "$work/regular-file" "$datastream"
refused 1 'no such root' "$bin" scan --root "$work/missing" "$datastream"

# Unclear failures made clear.
refused 1 'cannot read the tailoring file .*missing-tailoring.xml' \
    "$bin" scan --root "$ROOT" --tailoring-file "$work/missing-tailoring.xml" "$datastream"
refused 1 'cannot write the report .*: directory .* does not exist' \
    "$bin" scan --root "$ROOT" --report "$work/no-dir/report.html" "$datastream"
refused 1 'cannot write the ARF .*: directory .* does not exist' \
    "$bin" scan --root "$ROOT" --results-arf "$work/no-dir/arf.xml" "$datastream"
nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups)
# What the unprivileged user runs and reads is copied where that user can reach it, whatever the
# permissions of the directories above the build tree (a CI clone may sit in a 0700 directory).
open=$(mktemp -d /var/tmp/oscap-virt-front-end.XXXXXX)
trap 'rm -rf "$open"' EXIT
chmod 0755 "$open"
mkdir -p "$open/probes" "$open/libexec/oscap-virt"
cp "$bin" "$open/probes/oscap-virt"
cp "$(dirname "$bin")/../libexec/oscap-virt/oscap-virt-scan" "$open/libexec/oscap-virt/"
install -m 0644 "$datastream" "$open/ds.xml"
cp -a "$ROOT" "$open/root"
refused 1 'offline scan \(--root\) must run as root' "${nobody[@]}" "$open/probes/oscap-virt" scan --root "$open/root" "$open/ds.xml"
refused 1 'live scan must run as root' "${nobody[@]}" "$open/probes/oscap-virt" scan "$open/ds.xml"
mkdir -p "$open/locked/inner"
cp -a "$ROOT/." "$open/locked/inner/"
chmod 0700 "$open/locked"
refused 1 'cannot reach the root .*permission denied' "${nobody[@]}" "$open/probes/oscap-virt" scan --root "$open/locked/inner" "$open/ds.xml"
status=0
"$bin" > "$work/out" 2> "$work/err" || status=$?
[ "$status" = 2 ] && [ ! -s "$work/out" ] && grep -q '^Usage: oscap-virt' "$work/err" ||
    fail "oscap-virt without arguments: exit $status, expected 2 and the usage on stderr"
status=0
"$bin" scan --help > "$work/help" 2>&1 || status=$?
[ "$status" = 0 ] && grep -q 'Exit status' "$work/help" || fail "scan --help: exit $status, no exit statuses"

# A scan: titles and results as it goes, a summary, where the outputs went, the system named.
mkdir -p "$work/out-dir"
status=0
"$bin" scan --root "$ROOT" --tailoring-file "$work/tailoring.xml" \
    --results-arf "$work/out-dir/arf.xml" --report "$work/out-dir/report.html" "$datastream" \
    > "$work/scan.txt" 2> "$work/scan.err" || status=$?
[ "$status" = 2 ] || { cat "$work/scan.txt" "$work/scan.err"; fail "scan: exit $status, expected 2"; }
grep -Eq '^\[ *[0-9]+/[0-9]+\] fail +high +Require TLS on every SPICE channel' "$work/scan.txt" ||
    { cat "$work/scan.txt"; fail "no progress line with result, severity and title"; }
grep -Eq '^Results: [0-9]+ pass [0-9]+ fail' "$work/scan.txt" || fail "no summary by result"
grep -Eq '^Failed by severity: high [0-9]+' "$work/scan.txt" || fail "no summary by severity"
grep -qx "ARF: $work/out-dir/arf.xml" "$work/scan.txt" || fail "the ARF's place is not printed"
grep -qx "Report: $work/out-dir/report.html" "$work/scan.txt" || fail "the report's place is not printed"
grep -q "host hv07.example.org" "$work/scan.txt" || fail "the scanned system is not named"

arf=$work/out-dir/arf.xml
xpath() { xmllint --xpath "string($1)" "$arf"; }
fact() { xpath "//*[local-name()='TestResult']/*[local-name()='target-facts']/*[@name='$1']"; }
[ "$(xpath "//*[local-name()='TestResult']/*[local-name()='target']")" = hv07.example.org ] ||
    fail "ARF target is not the scanned host"
[ "$(fact urn:xccdf:fact:asset:identifier:host_name)" = hv07.example.org ] || fail "no host_name fact"
[ "$(fact urn:oscap-virt:fact:machine-id)" = 0123456789abcdef0123456789abcdef ] || fail "no machine-id fact"
[ "$(fact urn:oscap-virt:fact:scan-root)" = "$ROOT" ] || fail "no scan-root fact"
[ "$(xpath "//*[local-name()='computing-device']/*[local-name()='hostname']")" = hv07.example.org ] ||
    fail "ARF asset has no hostname"
echo "ok: ARF names hv07.example.org, its machine-id and root"

# --json: one JSON document on stdout agreeing with the ARF.
status=0
"$bin" scan --json --root "$ROOT" --tailoring-file "$work/tailoring.xml" \
    --results-arf "$work/out-dir/arf2.xml" "$datastream" > "$work/scan.json" 2> "$work/json.err" || status=$?
[ "$status" = 2 ] || fail "scan --json: exit $status"
python3 - "$work/scan.json" "$work/out-dir/arf2.xml" <<'PY' || fail "--json summary does not match the ARF"
import json, sys, xml.etree.ElementTree as ET
summary = json.load(open(sys.argv[1]))
X = "{http://checklists.nist.gov/xccdf/1.2}"
arf = {r.get("idref"): r.find(X + "result").text
       for r in ET.parse(sys.argv[2]).getroot().iter(X + "rule-result")
       if r.find(X + "result").text != "notselected"}
rules = {r["id"]: r["result"] for r in summary["rules"]}
assert rules == arf, "rule results differ"
assert sum(summary["results"].values()) == len(arf)
assert summary["system"]["hostname"] == "hv07.example.org"
assert summary["exit_status"] == 2 and summary["failed_by_severity"]
assert all(r["title"] and r["severity"] for r in summary["rules"])
print("ok: --json summary of %d rules matches the ARF" % len(arf))
PY
echo "PASS: oscap-virt scan front end"
