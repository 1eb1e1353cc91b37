#!/bin/bash
# gnutls_unloadable_is_error.sh OSCAP_VIRT_BIN LIB_SH: oscap-virt loads GnuTLS only when TLS
# credentials are read. If that library cannot be loaded, or lacks a function, every TLS check
# is an error with a one-line reason, never a pass. The same root first passes with the real
# library, so the test can tell a broken load from broken credentials.
set -euo pipefail
bin=$1 lib=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ROOT=$work/root
# shellcheck source=../scenarios/lib.sh
source "$lib"
host_base
qemu_conf 'spice_tls = 1'
valid_tls_set
qemu_tls_dir /etc/pki/libvirt-spice ca server

# Stand-ins found first on LD_LIBRARY_PATH: a library without any GnuTLS function, and a file
# that is no library at all.
mkdir -p "$work/no-functions" "$work/not-a-library"
printf 'int oscap_virt_test_stub;\n' > "$work/stub.c"
cc -shared -fPIC -o "$work/no-functions/libgnutls.so.30" "$work/stub.c"
printf 'not an ELF object\n' > "$work/not-a-library/libgnutls.so.30"

checks=(tls_credentials_accepted_by_libvirt tls_certificates_not_expiring tls_credentials_strong)
run() { # run EXPECTED_STATUS LD_LIBRARY_PATH CHECK
    local status=0 out
    out=$(env ${2:+LD_LIBRARY_PATH="$2"} "$bin" --root "$ROOT" --connect none check "$3") ||
        status=$?
    printf '%s\n' "$out"
    [ "$status" = "$1" ] || { echo "FAIL: $3 exit $status, expected $1"; exit 1; }
    if [ "$1" = 103 ]; then
        grep -q '^result=error .*reason="GnuTLS, which reads the credentials: ' <<<"$out" ||
            { echo "FAIL: $3 gives no GnuTLS load error"; exit 1; }
        ! grep -q '^result=pass' <<<"$out" || { echo "FAIL: $3 passed without GnuTLS"; exit 1; }
        [ "$(grep -c '^result=error' <<<"$out")" = 1 ] ||
            { echo "FAIL: $3: not one error line"; exit 1; }
    fi
}
for check in "${checks[@]}"; do
    run 101 "" "$check"  # pass
    run 103 "$work/no-functions" "$check"
    run 103 "$work/not-a-library" "$check"
done
echo ok
