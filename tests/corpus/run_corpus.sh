#!/bin/bash
# run_corpus.sh CACHE DATASTREAM OSCAP_VIRT_BIN DIFFERENTIAL_BIN
# Every native check, through the real `oscap xccdf eval`, over one fixture host holding every
# domain definition of libvirt's QEMU test corpus (persistent guests) and every status file of
# qemustatusxml2xmldata (running guests), renamed so that each is a guest of its own. Checks
# (tests/corpus/check_corpus.py): no crash, no error line about a definition libvirt accepts,
# and the per-family expectations of tests/corpus/expectations.tsv.
set -euo pipefail
cache=$1 datastream=$2 bin=$3 differential=$4
here=$(cd "$(dirname "$0")" && pwd)
src=$("$here/get-libvirt-source.sh" "$cache")
# A stale list must not stand in for this run's.
rm -f "$cache/accepted.txt"
work=$cache/corpus-run
rm -rf "$work"
mkdir -p "$work"
export ROOT=$work/root
(
    # shellcheck source=../scenarios/lib.sh
    . "$here/../scenarios/lib.sh"
    host_base
)
# Which definitions libvirt itself accepts (its test driver): run_differential.sh lists them in
# $cache/accepted.txt. Differences are the differential test's business, not this one's.
"$here/run_differential.sh" "$cache" "$differential" > "$work/differential.out" || true
[ -s "$cache/accepted.txt" ] || { cat "$work/differential.out"; echo "no accepted list"; exit 1; }
rules=()
for rule_xml in "$here"/../../xccdf/rules/*/*/rule.xml; do
    grep -q '<native ' "$rule_xml" && rules+=("$(basename "$(dirname "$rule_xml")")")
done
exec python3 "$here/check_corpus.py" --src "$src" --root "$ROOT" --work "$work" \
    --accepted "$cache/accepted.txt" --expectations "$here/expectations.tsv" \
    --datastream "$datastream" --bin "$bin" "${rules[@]}"
