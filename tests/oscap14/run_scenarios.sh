#!/bin/bash
# The scenario suite against OpenSCAP 1.4 (RHEL 10, Fedora) built from Debian's source
# (build_openscap.sh, cached under /var/cache/oscap-virt): the datastream validates with 1.4's
# oscap, and every rule scenario gives the same result through 1.4's `oscap xccdf eval` as
# expected. Also the insecure demo host remediated with 1.4's generated bash script (1.4 wraps
# each fix in a subshell) and the demo scan's expected results.
#
#   run_scenarios.sh BUILD_DIR [REGEX]   REGEX: only scenarios whose "rule/name" matches it
set -euo pipefail
build=$(cd "$1" && pwd) filter=${2:-.}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
prefix=$("$here/build_openscap.sh" | tail -1)
export PATH=$prefix/bin:$PATH LD_LIBRARY_PATH=$prefix/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
oscap --version | head -1
oscap --version | head -1 | grep -q ' 1\.4\.' || { echo "FAIL: not OpenSCAP 1.4"; exit 1; }
datastream=$build/content/oscap-virt-ds.xml bin=$build/probes/oscap-virt
oscap ds sds-validate "$datastream"
echo "ok: the datastream validates with $(oscap --version | head -1)"

start=$(date +%s)
results=$build/tests/oscap14
rm -rf "$results"
mkdir -p "$results"
# One line per scenario: rule, script, expected; run two at a time.
python3 - "$build/content/assembled/rules.json" "$top" "$filter" "$build" > "$results/scenarios.txt" <<'PY'
import json, os, re, sys
for rule in json.load(open(sys.argv[1])):
    for s in rule["scenarios"]:
        if re.search(sys.argv[3], rule["rule"] + "/" + s["name"]):
            script = os.path.join(sys.argv[2], s["script"])
            if s["script"].startswith("generated/"):  # a table rule's, generated into the build tree
                script = os.path.join(sys.argv[4], "tests", "generated-scenarios", rule["rule"],
                                      "scenarios", s["name"] + ".sh")
            print(rule["rule"], script, s["expected"])
PY
run_one() {
    local rule=$1 script=$2 expected=$3 log
    log=$results/$rule.$(basename "$script").log
    if "$top/tests/scenarios/run_scenario.sh" "$datastream" "$rule" "$script" "$expected" "$bin" > "$log" 2>&1; then
        echo "pass $rule $(basename "$script")"
    else
        echo "FAIL $rule $(basename "$script"): $(grep -m1 FAIL "$log")"
    fi
}
export -f run_one
export datastream bin results top
xargs -P "$(nproc)" -L 1 bash -c 'run_one "$@"' _ < "$results/scenarios.txt" > "$results/summary.txt"
total=$(wc -l < "$results/summary.txt")
failed=$(grep -c '^FAIL' "$results/summary.txt" || true)
echo "scenarios through OpenSCAP 1.4: $((total - failed))/$total as expected in $(( $(date +%s) - start )) s"
grep '^FAIL' "$results/summary.txt" || true

# The demo host's expected results, and its insecure twin remediated by 1.4's bash script.
"$top/content/demo/scan-demo.sh" --datastream "$datastream" --bin "$bin" --check --output "$results/demo" | tail -1
"$top/tests/content/remediate_demo.sh" "$datastream" "$bin" "$build/content/assembled/rules.json" virt_host bash | tail -1
[ "$failed" = 0 ]
