#!/bin/bash
# `oscap-virt scan` is `oscap xccdf eval`: on the same fixture root, for each profile, the same
# rule results and the same exit status; its ARF and HTML report are written.
#
#   scan_matches_eval.sh OSCAP_VIRT_BIN DATASTREAM WORK_DIR
set -euo pipefail
bin=$(realpath "$1") datastream=$(realpath "$2") work=$(realpath -m "$3")
here=$(cd "$(dirname "$0")" && pwd)
export ROOT=$work/root
# shellcheck source=fixture.sh
. "$here/fixture.sh"
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work"
build_fixture_root

for short in virt_host virt_host_public_cloud; do
    profile=xccdf_org.oscapvirt_profile_$short
    tailoring_for "$bin" "$profile" > "$work/$short-tailoring.xml"
    eval_status=0 scan_status=0
    OSCAP_PROBE_ROOT=$ROOT oscap xccdf eval --profile "$profile" \
        --tailoring-file "$work/$short-tailoring.xml" --results-arf "$work/$short-eval.xml" \
        "$datastream" > "$work/$short-eval.log" 2>&1 || eval_status=$?
    # A relative --root and the profile's short name, as a user would type them.
    (cd "$work" && "$bin" scan --profile "$short" --root root \
        --tailoring-file "$short-tailoring.xml" --results-arf "$short-scan.xml" \
        --report "$short-scan.html" "$datastream") > "$work/$short-scan.log" 2>&1 || scan_status=$?
    case $eval_status in 0 | 2) ;; *) cat "$work/$short-eval.log"; fail "oscap exited $eval_status" ;; esac
    [ "$scan_status" = "$eval_status" ] ||
        { cat "$work/$short-scan.log"; fail "$short: scan exited $scan_status, oscap $eval_status"; }
    rule_results "$work/$short-eval.xml" > "$work/$short-eval.results"
    rule_results "$work/$short-scan.xml" > "$work/$short-scan.results"
    [ -s "$work/$short-eval.results" ] || fail "$short: no rule results"
    diff -u "$work/$short-eval.results" "$work/$short-scan.results" || fail "$short: results differ"
    python3 "$here/../live/arf_check.py" expect "$work/$short-scan.xml" guest_spice_requires_tls fail \
        "^root=$ROOT\$" "^result=fail guest=plain " || fail "$short: the scan judged another root"
    grep -q '<html' "$work/$short-scan.html" || fail "$short: no HTML report"
    echo "$short: exit $scan_status, $(wc -l < "$work/$short-scan.results") rule results equal"
done

# Errors are oscap's: 1 for what cannot be scanned.
status=0
"$bin" scan --profile no_such_profile "$datastream" > /dev/null 2>&1 || status=$?
[ "$status" = 1 ] || fail "unknown profile: exit $status, expected 1"
status=0
"$bin" scan "$work/missing-ds.xml" > /dev/null 2>&1 || status=$?
[ "$status" = 1 ] || fail "missing datastream: exit $status, expected 1"
echo "PASS: oscap-virt scan gives oscap xccdf eval's results and exit statuses"
