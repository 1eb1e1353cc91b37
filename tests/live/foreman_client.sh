#!/bin/bash
# Runs the steps of README.md exactly: what a Satellite/Foreman client runs on the
# host, then what the Smart Proxy does with the upload.
#
# foreman_client.sh DATASTREAM PROFILE OUTPUT_DIR [TAILORING_FILE]
set -euo pipefail
datastream=$1 profile=$2 out=$3 tailoring=${4:-}
mkdir -p "$out"
cd "$out"
rm -f results.xml results.xml.bz2 uploaded.xml report.html

# The client: this command line and nothing else; exit 0 (all pass) and 2 (some fail) are
# accepted, anything else is a failed run and nothing is uploaded.
command=(oscap xccdf eval --profile "$profile")
[ -z "$tailoring" ] || command+=(--tailoring-file "$tailoring")
command+=(--results-arf results.xml "$datastream")
echo "client: ${command[*]}"
status=0
"${command[@]}" > eval.log 2>&1 || status=$?
case $status in
    0 | 2) echo "client: oscap exited $status (accepted)" ;;
    *) cat eval.log; echo "FAIL: oscap exited $status; the client uploads only after 0 or 2"; exit 1 ;;
esac
xmllint --noout results.xml || { echo "FAIL: the ARF is not well-formed XML"; exit 1; }
bzip2 results.xml  # the client uploads results.xml.bz2

# The proxy: decompress, keep the ARF, render it for the web UI.
bunzip2 -c results.xml.bz2 > uploaded.xml
bzip2 -dc results.xml.bz2 | cmp - uploaded.xml
oscap xccdf generate report uploaded.xml > report.html 2> report.log ||
    { cat report.log; echo "FAIL: oscap xccdf generate report rejected the ARF"; exit 1; }
grep -q 'xccdf_org.oscapvirt_rule_' report.html || { echo "FAIL: the report names no rule"; exit 1; }
echo "ok: ARF $(stat -c %s uploaded.xml) bytes, $(stat -c %s results.xml.bz2) compressed, report $(stat -c %s report.html) bytes"
