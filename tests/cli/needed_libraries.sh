#!/bin/bash
# needed_libraries.sh OSCAP_VIRT_BIN: every native check is its own process, so oscap-virt links
# only what each check needs to start. GnuTLS, libvirt and libselinux (with PCRE2) are loaded
# with dlopen when TLS credentials, a daemon or the live host's labels are read; libopenscap
# lives in oscap-virt-scan. Fails when the dynamic section of the binary names any of them.
set -euo pipefail
bin=$1
needed=$(readelf -d "$bin" | sed -n 's/.*(NEEDED).*Shared library: \[\(.*\)\]/\1/p')
while read -r library; do echo "NEEDED: $library"; done <<<"$needed"
# The list was read at all: every program here needs the C library.
grep -qx 'libc\.so\.[0-9]*' <<<"$needed" || { echo "FAIL: no NEEDED list read from $bin"; exit 1; }
if forbidden=$(grep -E '^lib(gnutls|virt|openscap|selinux|pcre)([.-]|$)' <<<"$needed"); then
    echo "FAIL: $bin links $forbidden"
    exit 1
fi
echo ok
