#!/bin/bash
# Builds the bundled demo hypervisor: a libvirt/QEMU host root with several guests, some
# compliant, some not, as oscap-virt would find them on disk (configuration, libvirt state
# files, QEMU processes' SELinux labels). Usage: make-demo-root.sh DIR
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
export ROOT=$1
rm -rf "$ROOT"
mkdir -p "$ROOT"
# shellcheck source=../../tests/scenarios/lib.sh
. "$here/../../tests/scenarios/lib.sh"

host_base
qemu_conf 'spice_tls = 1' 'spice_tls_x509_cert_dir = "/etc/pki/libvirt-spice"' \
          'security_driver = "selinux"' 'security_default_confined = 1' \
          'security_require_confined = 1'
spice_certs /etc/pki/libvirt-spice 0640

disk() { echo "<disk type='file' device='disk'><source file='/var/lib/libvirt/images/$1.qcow2'/><target dev='vda'/></disk>"; }
mkdir -p "$ROOT/var/lib/libvirt/images"

# Compliant guests: SPICE over TLS only, each confined with its own category pair.
define_and_run_guest web01 2101 system_u:system_r:svirt_t:s0:c12,c345 "$SPICE_SECURE $(disk web01)"
define_and_run_guest db01 2102 system_u:system_r:svirt_t:s0:c77,c901 "$SPICE_SECURE $(disk db01)"
define_guest archive "$SPICE_SECURE $(disk archive)"

# A desktop guest whose SPICE console accepts plaintext clients.
define_and_run_guest legacy-desktop 2103 system_u:system_r:svirt_t:s0:c5,c6 "$SPICE_PLAIN $(disk legacy-desktop)"

# A guest someone exempted from sVirt: its QEMU runs unconfined.
define_and_run_guest build-runner 2104 unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023 \
    "$SPICE_SECURE $(disk build-runner)" "<seclabel type='none'/>"

# Two guests that were given the same static category pair.
static_label() { echo "<seclabel type='static' model='selinux' relabel='no'><label>system_u:system_r:svirt_t:s0:c400,c401</label></seclabel>"; }
define_and_run_guest twin-a 2105 system_u:system_r:svirt_t:s0:c400,c401 "$SPICE_SECURE $(disk twin-a)" "$(static_label)"
define_and_run_guest twin-b 2106 system_u:system_r:svirt_t:s0:c400,c401 "$SPICE_SECURE $(disk twin-b)" "$(static_label)"

for guest in web01 db01 archive legacy-desktop build-runner twin-a twin-b; do
    : > "$ROOT/var/lib/libvirt/images/$guest.qcow2"
done
