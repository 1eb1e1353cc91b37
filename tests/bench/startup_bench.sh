#!/bin/bash
# Scripted benchmark (not a test): start-up of a native check, side by side with an empty C++
# program linked with libxml2 (built here), on an empty but valid host root. Every native rule
# is its own SCE process, so this is paid once per rule and scan. Target: <= 1.5x the empty
# program. Uses hyperfine (Debian package hyperfine) when present, else a timed loop.
#
#   startup_bench.sh OSCAP_VIRT_BIN [OTHER_OSCAP_VIRT_BIN] [CHECK_ID]   (runs: RUNS=300)
set -euo pipefail
bin=$1 other=${2:-} check=${3:-guest_spice_requires_tls} runs=${RUNS:-300}
work=$(mktemp -d /var/tmp/oscap-virt-startup.XXXXXX)
trap 'rm -rf "$work"' EXIT
root=$work/root
mkdir -p "$root/etc/libvirt/qemu" "$root/run/libvirt/qemu" "$root/usr/sbin"
: > "$root/usr/sbin/libvirtd"
: > "$root/etc/libvirt/qemu.conf"

printf 'int main() { return 0; }\n' > "$work/empty.cpp"
g++ -O2 -o "$work/empty-libxml2" "$work/empty.cpp" -Wl,--no-as-needed -lxml2
echo "shared libraries (ldd | wc -l):"
for program in "$work/empty-libxml2" "$bin" ${other:+"$other"}; do
    printf '  %4d  %s\n' "$(ldd "$program" | wc -l)" "$program"
done

commands=("$work/empty-libxml2" "$bin --root $root --connect none check $check")
[ -z "$other" ] || commands+=("$other --root $root --connect none check $check")
if command -v hyperfine > /dev/null; then
    hyperfine -N --warmup 20 --runs "$runs" -i --export-json "$work/times.json" "${commands[@]}"
    python3 - "$work/times.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]
# CPU time (user + system, means) is what a busy machine disturbs least.
cpu = lambda r: r["user"] + r["system"]
for r in results:
    print("%-70s mean %6.2f ms  min %6.2f ms  cpu %5.2f ms  %.2fx the empty program (by mean), "
          "%.2fx (by min), %.2fx (by cpu)"
          % (r["command"][-70:], r["mean"] * 1e3, r["min"] * 1e3, cpu(r) * 1e3,
             r["mean"] / base["mean"], r["min"] / base["min"], cpu(r) / cpu(base)))
PY
else
    for command in "${commands[@]}"; do
        start=$(date +%s%N)
        for _ in $(seq "$runs"); do $command > /dev/null || true; done
        awk -v c="${command: -70}" -v ns="$(($(date +%s%N) - start))" -v n="$runs" \
            'BEGIN { printf "%-70s mean %6.2f ms\n", c, ns / n / 1e6 }'
    done
fi
