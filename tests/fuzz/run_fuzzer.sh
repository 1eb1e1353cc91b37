#!/bin/bash
# Builds one libFuzzer target with clang and runs it for a bounded time: a smoke test that the
# parser survives arbitrary input (crash, leak, hang or sanitizer report fails the test).
# run_fuzzer.sh SECONDS WORKDIR TARGET.cpp SOURCE.cpp... [-- EXTRA_FLAGS...]
set -euo pipefail
seconds=$1 work=$2 target=$3
shift 3
sources=() flags=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do sources+=("$1"); shift; done
[ $# -gt 0 ] && shift && flags=("$@")
probes=$(cd "$(dirname "$0")/../../probes" && pwd)
name=$(basename "$target" .cpp)
mkdir -p "$work/$name.corpus"
# Seeds (FUZZ_SEED_DIR, e.g. libvirt's own domain XML tests) start an empty corpus.
if [ -n "${FUZZ_SEED_DIR:-}" ] && [ -d "$FUZZ_SEED_DIR" ] && [ -z "$(ls -A "$work/$name.corpus")" ]; then
    find "$FUZZ_SEED_DIR" -maxdepth 1 -type f -exec cp -t "$work/$name.corpus" {} +
fi
clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
    -I "$probes" "$target" "${sources[@]}" "${flags[@]}" -o "$work/$name"
"$work/$name" -max_total_time="$seconds" -max_len=8192 -timeout=10 "$work/$name.corpus" 2>&1 | tail -4
