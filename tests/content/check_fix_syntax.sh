#!/bin/bash
# The bash script and Ansible playbook `oscap xccdf generate fix` makes for a profile are
# well-formed (bash -n, shellcheck, ansible-playbook --syntax-check), and no fix in the script
# calls `exit`: oscap concatenates the fixes, so one fix's exit would end the whole script and
# skip every fix after it (tests/content/remediate_demo.sh runs the script to its end).
# check_fix_syntax.sh DATASTREAM PROFILE WORKDIR
set -euo pipefail
datastream=$1 profile=$2 work=$3
mkdir -p "$work"
oscap xccdf generate fix --fix-type bash --profile "$profile" --output "$work/fix.sh" "$datastream"
bash -n "$work/fix.sh"
shellcheck --shell=bash "$work/fix.sh"
awk '
    /^# BEGIN fix \(/ { rule = $NF; gsub("\047", "", rule); next }
    /^# END fix / { rule = ""; next }
    # The shared helpers inlined into a fix (content/fix-helpers.sh) may hold awk programs,
    # whose own `exit` ends awk, not the script: the fix around them is what is checked.
    /^oscap_virt_[a-z0-9_]+\(\) \{$/ { helper = 1; next }
    helper && /^\}$/ { helper = 0; next }
    helper { next }
    rule != "" && !/^[[:space:]]*#/ {
        code = $0; sub(/[[:space:]]#.*/, "", code)
        if (code ~ /(^|[[:space:];&|(){}])exit([[:space:];&|)]|$)/) { print rule ": " $0; bad = 1 }
    }
    END { exit bad }
' "$work/fix.sh" > "$work/exits.txt" ||
    { cat "$work/exits.txt"; echo "FAIL: these fixes call exit, which would end the combined script"; exit 1; }
oscap xccdf generate fix --fix-type ansible --profile "$profile" --output "$work/playbook.yml" "$datastream"
ANSIBLE_LOCALHOST_WARNING=false ANSIBLE_INVENTORY_UNPARSED_WARNING=false \
    ansible-playbook --syntax-check -i localhost, "$work/playbook.yml" > "$work/syntax.txt"
echo "$profile: $(grep -c '^# BEGIN fix' "$work/fix.sh" || true) bash fixes (shellcheck clean, none exits), playbook syntax ok"
