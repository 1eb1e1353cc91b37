#!/bin/bash
# Runs one rule scenario through the real `oscap xccdf eval` on the built datastream, exactly
# as oscap-chroot would: OSCAP_PROBE_ROOT names the fixture root. Asserts the rule's result,
# that the ARF is well-formed XML, and any `# evidence:` lines the scenario declares.
#
# run_scenario.sh DATASTREAM RULE SCRIPT EXPECTED OSCAP_VIRT_BIN
set -euo pipefail
datastream=$1 rule=$2 script=$3 expected=$4 bin=$5
work=$(mktemp -d "${TMPDIR:-/tmp}/oscap-virt-scenario.XXXXXX")
trap 'rm -rf "$work"' EXIT
export ROOT="$work/root"
# shellcheck source=harness.sh
. "$(dirname "$0")/harness.sh"

build_root
write_tailoring
evaluate
printf 'rule %s, scenario %s: %s (expected %s)\n%s\n' "$rule" "$(basename "$script")" \
    "$result" "$expected" "$evidence"
[ "$result" = "$expected" ] || { echo "FAIL: result $result, expected $expected"; exit 1; }
while IFS= read -r pattern; do
    grep -Eq -- "$pattern" <<<"$evidence" || { echo "FAIL: no evidence line matches: $pattern"; exit 1; }
done < <(sed -n 's/^# evidence: //p' "$script")
echo "ok"
