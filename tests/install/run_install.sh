#!/bin/bash
# Install test: `cmake --install` into a fresh prefix, then the scan from that prefix exactly as a
# host would run it: through oscap with a tailoring file naming the installed oscap-virt (SCE's
# PATH is fixed), again with /tmp mounted noexec in a private mount namespace (SCE must fall back
# to oscap-run-sce-script), and through the installed `oscap-virt scan` with its default
# datastream. All three must give the same rule results.
#
#   run_install.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
# Not under /tmp (the build may be): the noexec run mounts a fresh tmpfs over /tmp.
work=$(mktemp -d /var/tmp/oscap-virt-install.XXXXXX)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
export ROOT=$work/root
# shellcheck source=fixture.sh
. "$here/fixture.sh"
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" > "$work/install.log"
bin=$prefix/bin/oscap-virt
datastream=$prefix/share/xml/scap/oscap-virt/oscap-virt-ds.xml
manpage=$prefix/share/man/man8/oscap-virt.8.gz
[ -x "$bin" ] || fail "no executable $bin"
[ -f "$datastream" ] || fail "no datastream $datastream"
[ -f "$manpage" ] || fail "no man page $manpage"
if command -v man > /dev/null; then
    MANWIDTH=100 man --warnings -E UTF-8 -l "$manpage" > "$work/man.txt" 2> "$work/man.err" ||
        fail "man cannot render $manpage"
    [ ! -s "$work/man.err" ] || { cat "$work/man.err"; fail "the man page has troff warnings"; }
    grep -q 'oscap-virt scan' "$work/man.txt" || fail "the man page does not document scan"
fi
echo "installed: $(cd "$prefix" && find . -type f | sort | tr '\n' ' ')"

build_fixture_root
profile=xccdf_org.oscapvirt_profile_virt_host
tailoring_for "$bin" "$profile" > "$work/tailoring.xml"

accept() {  # accept NAME STATUS: oscap's 0 and 2 are results, anything else a broken run
    case $2 in 0 | 2) ;; *) cat "$work/$1.log"; fail "$1: exit status $2" ;; esac
    xmllint --noout "$work/$1.xml" || fail "$1: the ARF is not well-formed XML"
    rule_results "$work/$1.xml" > "$work/$1.results"
    echo "$1 (exit $2):"
    sed 's/^/  /' "$work/$1.results"
}

status=0
OSCAP_PROBE_ROOT=$ROOT oscap xccdf eval --profile "$profile" --tailoring-file "$work/tailoring.xml" \
    --results-arf "$work/eval.xml" "$datastream" > "$work/eval.log" 2>&1 || status=$?
accept eval $status
eval_status=$status
python3 "$here/../live/arf_check.py" expect "$work/eval.xml" guest_spice_requires_tls fail \
    "^root=$ROOT\$" "^result=fail guest=plain " "^result=pass guest=secure " || fail "eval"
python3 "$here/../live/arf_check.py" expect "$work/eval.xml" qemu_spice_tls fail || fail "eval"

# noexec /tmp: oscap cannot execute the SCE scripts it writes there and runs them through
# oscap-run-sce-script; the native checks find OSCAP_PROBE_ROOT two ancestors up.
status=0
unshare -m sh -c '
    mount -t tmpfs -o noexec tmpfs /tmp || exit 90
    printf "#!/bin/sh\nexit 0\n" > /tmp/exec-probe && chmod 0755 /tmp/exec-probe
    /tmp/exec-probe 2> /dev/null && exit 91
    exec env OSCAP_PROBE_ROOT="$1" oscap xccdf eval --profile "$2" --tailoring-file "$3" \
        --results-arf "$4" "$5"' \
    sh "$ROOT" "$profile" "$work/tailoring.xml" "$work/noexec.xml" "$datastream" \
    > "$work/noexec.log" 2>&1 || status=$?
[ "$status" != 90 ] || fail "cannot mount a tmpfs on /tmp in a private mount namespace"
[ "$status" != 91 ] || fail "/tmp was not noexec in the namespace"
accept noexec $status
diff -u "$work/eval.results" "$work/noexec.results" || fail "results differ with /tmp noexec"
python3 "$here/../live/arf_check.py" expect "$work/noexec.xml" guest_spice_requires_tls fail \
    "^root=$ROOT\$" "^result=fail guest=plain " || fail "noexec"

# The installed front end, default datastream (found relative to the installed program).
status=0
"$bin" scan --root "$ROOT" --tailoring-file "$work/tailoring.xml" --results-arf "$work/scan.xml" \
    --report "$work/scan.html" > "$work/scan.log" 2>&1 || status=$?
accept scan $status
[ "$status" = "$eval_status" ] || fail "oscap-virt scan exited $status, oscap $eval_status"
diff -u "$work/eval.results" "$work/scan.results" || fail "oscap-virt scan and oscap differ"
grep -q 'xccdf_org.oscapvirt_rule_guest_spice_requires_tls' "$work/scan.html" || fail "no HTML report"
echo "PASS: installed oscap-virt scans the same through oscap, on a noexec /tmp and through scan"
