#!/bin/bash
# remote_uri_is_error.sh OSCAP_VIRT_BIN: a remote libvirt URI that cannot be reached is an
# error for a native guest check, with a one-line reason; the local state files (this
# machine's, another host's guests) are never judged in its place.
set -euo pipefail
bin=$1
status=0
for uri in qemu+tcp://127.0.0.1:1/system qemu+tls://127.0.0.1:1/system qemu://127.0.0.1:1/system; do
    out=$("$bin" --root / --connect "$uri" check guest_spice_requires_tls) || status=$?
    printf '%s\n' "$out"
    [ "$status" = 103 ] || { echo "FAIL: exit $status for $uri, expected 103 (error)"; exit 1; }
    grep -q "^result=error object=$uri reason=\"remote libvirt unreachable" <<<"$out" ||
        { echo "FAIL: no error line for $uri"; exit 1; }
    ! grep -q '^result=\(pass\|fail\)' <<<"$out" || { echo "FAIL: guests judged for $uri"; exit 1; }
    status=0
done
echo ok
