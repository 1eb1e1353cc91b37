#!/bin/bash
# Applies a rule's generated remediation to a failing fixture root and checks that the rule
# then passes. The fix runs chrooted into the throwaway root, inside a private mount namespace
# that lends it this machine's programs (in_root.sh); nothing outside the root changes.
#
# run_fix.sh DATASTREAM RULE SCRIPT OSCAP_VIRT_BIN bash|ansible
set -euo pipefail
datastream=$1 rule=$2 script=$3 bin=$4 fix_type=$5
work=$(mktemp -d "${TMPDIR:-/tmp}/oscap-virt-fix.XXXXXX")
trap 'rm -rf "$work"' EXIT
export ROOT="$work/root"
# shellcheck source=harness.sh
. "$(dirname "$0")/harness.sh"

build_root
write_tailoring
evaluate
[ "$result" = fail ] || { echo "FAIL: the scenario should fail before remediation, got $result"; exit 1; }

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
[ "$result" = pass ] || { tail -20 "$work/fix.out"; echo "FAIL: still $result after the fix"; exit 1; }
echo "ok"
