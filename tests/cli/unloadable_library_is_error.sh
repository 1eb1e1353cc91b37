#!/bin/bash
# unloadable_library_is_error.sh OSCAP_VIRT_BIN LIB_SH: oscap-virt loads GnuTLS only when TLS
# credentials are read, libselinux only when the live host's SELinux state is read. If such a
# library cannot be loaded, or lacks a function, the checks that need it are an error with a
# one-line reason, never a pass. Each check first runs with the real library, so the test tells
# a broken load from a broken fixture.
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

# Stand-ins found first on LD_LIBRARY_PATH: a library without any of the functions, and a file
# that is no library at all.
printf 'int oscap_virt_test_stub;\n' > "$work/stub.c"
for soname in libgnutls.so.30 libselinux.so.1; do
    mkdir -p "$work/no-functions/$soname" "$work/not-a-library/$soname"
    cc -shared -fPIC -o "$work/no-functions/$soname/$soname" "$work/stub.c"
    printf 'not an ELF object\n' > "$work/not-a-library/$soname/$soname"
done

# expect STATUS ERROR_REGEX LD_LIBRARY_PATH ROOT CHECK
expect() {
    local status=0 out
    out=$(env ${3:+LD_LIBRARY_PATH="$3"} "$bin" --root "$4" --connect none check "$5") ||
        status=$?
    printf '%s\n' "$out"
    [ "$status" = "$1" ] || { echo "FAIL: $5 exit $status, expected $1"; exit 1; }
    [ -z "$2" ] || grep -Eq "^result=error .*reason=\"$2" <<<"$out" ||
        { echo "FAIL: $5 gives no error matching $2"; exit 1; }
    [ -z "$2" ] || ! grep -q '^result=pass' <<<"$out" || { echo "FAIL: $5 passed"; exit 1; }
}

for check in tls_credentials_accepted_by_libvirt tls_certificates_not_expiring \
    tls_credentials_strong; do
    expect 101 "" "" "$ROOT" "$check"
    expect 103 "libgnutls.so.30 lacks gnutls_" \
        "$work/no-functions/libgnutls.so.30" "$ROOT" "$check"
    expect 103 "cannot load libgnutls.so.30: " \
        "$work/not-a-library/libgnutls.so.30" "$ROOT" "$check"
done

# The live host's SELinux state comes from libselinux (a root's from its files): the check
# reports it either way, pass or fail, unless the library is missing.
selinux_check=image_dir_labels
status=0
"$bin" --root / --connect none check "$selinux_check" > /dev/null || status=$?
case $status in 101 | 102) ;; *) echo "FAIL: $selinux_check exit $status on /"; exit 1 ;; esac
expect 103 "libselinux.so.1 lacks " "$work/no-functions/libselinux.so.1" / "$selinux_check"
expect 103 "cannot load libselinux.so.1: " "$work/not-a-library/libselinux.so.1" / \
    "$selinux_check"
echo ok
