#!/bin/bash
# Applies a rule's generated remediation to a failing fixture root and checks that the rule
# then passes. The fix runs chrooted into the throwaway root, inside a private mount namespace
# that lends it this machine's programs (in_root.sh); nothing outside the root changes.
# A scenario marked `# remediation: unchanged PATH` is one the rule does not apply to (another
# LSM's host): its fix, run all the same, must leave PATH under the root as it was.
#
# run_fix.sh DATASTREAM RULE SCRIPT OSCAP_VIRT_BIN bash|ansible [unchanged]
# With `unchanged`, the fix must leave the root's /etc as it was and the rule's result the same
# (a fix that must not act on this host, e.g. another security module's).
set -euo pipefail
datastream=$1 rule=$2 script=$3 bin=$4 fix_type=$5 expect=${6:-pass}
work=$(mktemp -d "${TMPDIR:-/tmp}/oscap-virt-fix.XXXXXX")
trap 'rm -rf "$work"' EXIT
export ROOT="$work/root"
# shellcheck source=harness.sh
. "$(dirname "$0")/harness.sh"

build_root
write_tailoring
evaluate
unchanged=$(sed -n 's/^# remediation: unchanged //p' "$script")
[ "$expect" != unchanged ] || unchanged=${unchanged:-/etc}
# Files under PATH with their digests: what "unchanged" compares.
digests() { (cd "$ROOT$1" 2> /dev/null && find . -type f -exec sha256sum {} + | sort) || sha256sum < "$ROOT$1"; }
if [ -n "$unchanged" ]; then
    before=$result
    digests "$unchanged" > "$work/unchanged.orig"
else
    [ "$result" = fail ] || { echo "FAIL: the scenario should fail before remediation, got $result"; exit 1; }
fi

case $fix_type in
    bash) fix_file=fix.sh generated="$rule" ;;           # bash fixes are headed by the rule id
    ansible) fix_file=playbook.yml generated='^ +- name:' ;;  # playbooks carry only task names
esac
oscap xccdf generate fix --fix-type "$fix_type" --profile "${prefix}_profile_scenario" \
    --tailoring-file "$work/tailoring.xml" --output "$ROOT/$fix_file" "$datastream"
grep -Eq -- "$generated" "$ROOT/$fix_file" || { echo "FAIL: no $fix_type fix generated for $rule"; exit 1; }

if [ "$fix_type" = bash ]; then
    apply=(/bin/bash "/$fix_file")
else
    apply=(env HOME=/tmp ANSIBLE_LOCALHOST_WARNING=false ANSIBLE_INVENTORY_UNPARSED_WARNING=false
           ansible-playbook -c local -i localhost, "/$fix_file")
fi
"$(dirname "$0")/in_root.sh" --proc "$ROOT" "${apply[@]}" > "$work/fix.out" 2>&1 ||
    { cat "$work/fix.out"; echo "FAIL: the fix failed"; exit 1; }
rm -f "$ROOT/$fix_file"

evaluate
printf 'rule %s, scenario %s after the %s fix: %s\n%s\n' "$rule" "$(basename "$script")" \
    "$fix_type" "$result" "$evidence"
if [ -n "$unchanged" ]; then
    digests "$unchanged" | diff "$work/unchanged.orig" - || { echo "FAIL: the fix changed $unchanged"; exit 1; }
    [ "$result" = "$before" ] || { echo "FAIL: $before before the fix, $result after"; exit 1; }
    echo "ok: $unchanged unchanged"
    exit 0
fi
[ "$result" = pass ] || { tail -20 "$work/fix.out"; echo "FAIL: still $result after the fix"; exit 1; }
echo "ok"
