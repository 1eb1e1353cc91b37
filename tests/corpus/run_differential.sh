#!/bin/bash
# run_differential.sh CACHE DIFFERENTIAL_BIN: every domain definition of libvirt's QEMU test
# corpus through tests/corpus/domain_differential (model of the file == model of libvirt's
# dumpxml of it on the test driver).
set -euo pipefail
cache=$1 bin=$2
here=$(cd "$(dirname "$0")" && pwd)
src=$("$here/get-libvirt-source.sh" "$cache")
# libvirt 9.0 (Debian 12) keeps its QEMU domain XML inputs in qemuxml2argvdata and the
# expected outputs in qemuxml2xmloutdata; later releases merged them into qemuxmlconfdata.
files=()
for dir in qemuxmlconfdata qemuxml2argvdata qemuxml2xmloutdata; do
    [ -d "$src/tests/$dir" ] || continue
    while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$src/tests/$dir" -maxdepth 1 -name '*.xml' -print0 | sort -z)
done
[ ${#files[@]} -gt 100 ] || { echo "corpus not found under $src/tests"; exit 1; }
exec "$bin" "$cache/accepted.txt" "${files[@]}"
