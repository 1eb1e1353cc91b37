#!/bin/bash
# The bash script and Ansible playbook `oscap xccdf generate fix` makes for a profile are
# well-formed: bash -n and ansible-playbook --syntax-check.
# check_fix_syntax.sh DATASTREAM PROFILE WORKDIR
set -euo pipefail
datastream=$1 profile=$2 work=$3
mkdir -p "$work"
oscap xccdf generate fix --fix-type bash --profile "$profile" --output "$work/fix.sh" "$datastream"
bash -n "$work/fix.sh"
oscap xccdf generate fix --fix-type ansible --profile "$profile" --output "$work/playbook.yml" "$datastream"
ANSIBLE_LOCALHOST_WARNING=false ANSIBLE_INVENTORY_UNPARSED_WARNING=false \
    ansible-playbook --syntax-check -i localhost, "$work/playbook.yml" > "$work/syntax.txt"
echo "$profile: $(grep -c '^# BEGIN fix' "$work/fix.sh" || true) bash fixes, playbook syntax ok"
