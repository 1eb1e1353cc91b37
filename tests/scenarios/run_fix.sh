#!/bin/bash
# Applies a rule's generated remediation to a failing fixture root and checks that the rule
# then passes. The fix runs chrooted into a throwaway copy, inside a private mount namespace
# that lends it the machine's /usr, /bin and /lib; nothing outside the copy changes.
# A scenario marked `# remediation: unchanged PATH` is one the rule does not apply to (another
# LSM's host): its fix, run all the same, must leave PATH under the root as it was.
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
unchanged=$(sed -n 's/^# remediation: unchanged //p' "$script")
if [ -n "$unchanged" ]; then
    before=$result
    cp -p "$ROOT$unchanged" "$work/unchanged.orig"
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

for dir in bin sbin lib lib64 usr dev proc tmp; do mkdir -p "$ROOT/$dir"; done
[ -e "$ROOT/etc/passwd" ] || : > "$ROOT/etc/passwd"
[ -e "$ROOT/etc/group" ] || : > "$ROOT/etc/group"
unshare -m --propagation private bash -euc '
    root=$1 fix_type=$2 fix_file=$3
    for dir in bin sbin lib lib64 usr; do [ -e "/$dir" ] && mount --bind -o ro "/$dir" "$root/$dir"; done
    mount --rbind /dev "$root/dev"
    mount -t proc proc "$root/proc"
    mount --bind /etc/passwd "$root/etc/passwd"
    mount --bind /etc/group "$root/etc/group"
    if [ "$fix_type" = bash ]; then
        chroot "$root" /bin/bash "/$fix_file"
    else
        HOME=/tmp ANSIBLE_LOCALHOST_WARNING=false ANSIBLE_INVENTORY_UNPARSED_WARNING=false \
            chroot "$root" ansible-playbook -c local -i localhost, "/$fix_file"
    fi
' _ "$ROOT" "$fix_type" "$fix_file" > "$work/fix.out" 2>&1 || { cat "$work/fix.out"; echo "FAIL: the fix failed"; exit 1; }
rm -f "$ROOT/$fix_file"

evaluate
printf 'rule %s, scenario %s after the %s fix: %s\n%s\n' "$rule" "$(basename "$script")" \
    "$fix_type" "$result" "$evidence"
if [ -n "$unchanged" ]; then
    cmp "$work/unchanged.orig" "$ROOT$unchanged" || { echo "FAIL: the fix changed $unchanged"; exit 1; }
    [ "$result" = "$before" ] || { echo "FAIL: $before before the fix, $result after"; exit 1; }
    echo "ok: $unchanged unchanged"
    exit 0
fi
[ "$result" = pass ] || { tail -20 "$work/fix.out"; echo "FAIL: still $result after the fix"; exit 1; }
echo "ok"
