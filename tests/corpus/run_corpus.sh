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
work=$cache/corpus-run
rm -rf "$work"
mkdir -p "$work"
export ROOT=$work/root
(
    # shellcheck source=../scenarios/lib.sh
    . "$here/../scenarios/lib.sh"
    host_base
)
files=()
for dir in qemuxmlconfdata qemuxml2argvdata qemuxml2xmloutdata; do
    [ -d "$src/tests/$dir" ] || continue
    while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$src/tests/$dir" -maxdepth 1 -name '*.xml' -print0 | sort -z)
done
[ ${#files[@]} -gt 100 ] || { echo "corpus not found under $src/tests"; exit 1; }
# Which definitions libvirt itself accepts (its test driver); differences are the differential
# test's business, not this one's.
"$differential" "$work/accepted.txt" "${files[@]}" > "$work/differential.out" || true
rules=()
for rule_xml in "$here"/../../xccdf/rules/*/*/rule.xml; do
    grep -q '<native ' "$rule_xml" && rules+=("$(basename "$(dirname "$rule_xml")")")
done
exec python3 "$here/check_corpus.py" --src "$src" --root "$ROOT" --work "$work" \
    --accepted "$work/accepted.txt" --expectations "$here/expectations.tsv" \
    --datastream "$datastream" --bin "$bin" "${rules[@]}"
