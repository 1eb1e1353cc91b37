#!/bin/bash
# Builds the bundled Debian/Ubuntu demo hypervisor: a libvirt/QEMU host whose guests are
# confined by libvirt's AppArmor driver, as oscap-virt finds it on disk (configuration,
# libvirt state files, the AppArmor policy libvirt-daemon-system installs, the per-guest
# profiles and files lists virt-aa-helper writes, the kernel's loaded profiles and the QEMU
# processes' AppArmor labels). Usage: make-debian-demo-root.sh DIR
#
# What is wrong on purpose: ci-runner was exempted from confinement (<seclabel type='none'>)
# and its QEMU runs unconfined; reports' files list was hand-edited to let it write db01's disk.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
export ROOT=$1
rm -rf "$ROOT"
mkdir -p "$ROOT"
# shellcheck source=../../tests/scenarios/lib.sh
. "$here/../../tests/scenarios/lib.sh"

# ---- the host -------------------------------------------------------------------------------
apparmor_host_base
host_file /etc/os-release 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"' 'NAME="Debian GNU/Linux"' \
    'VERSION_ID="12"' 'ID=debian'
host_file /etc/debian_version 12.5
host_file /etc/fstab 'UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 / ext4 errors=remount-ro 0 1'
hardened_host_services
host_file /etc/passwd 'root:x:0:0:root:/root:/bin/bash' \
    'libvirt-qemu:x:64055:108:Libvirt Qemu,,,:/var/lib/libvirt:/usr/sbin/nologin'
host_file /etc/group 'root:x:0:' 'kvm:x:108:' 'libvirt:x:109:' 'libvirt-qemu:x:64055:'
mkdir -p "$ROOT/var/lib/libvirt/qemu" "$ROOT/var/lib/libvirt/images"
mounted /dev/mapper/vg0-root / ext4
hardened_qemu_conf libvirt-qemu kvm apparmor
site_tls_credentials
images=/var/lib/libvirt/images

# ---- the guests -----------------------------------------------------------------------------
# guest NAME PID [DEVICES]: defined and running, confined by its own profile, SPICE over TLS
guest() {
    apparmor_running_guest "$1" "$2" "$SPICE_SECURE $(file_disk "$images/$1.qcow2" vda)${3:-}"
}

guest web01 3101
guest db01 3102 "$(file_disk "$images/debian-12.iso" sda '<readonly/>' cdrom)"
guest reports 3103
define_guest archive "$SPICE_SECURE $(file_disk "$images/archive.qcow2" vda)"

# Someone added db01's disk to the reports guest's files list by hand.
apparmor_files_rule reports "\"$images/db01.qcow2\" rwk,"

# A CI guest exempted from confinement: libvirt started it without a profile.
define_guest ci-runner "$SPICE_SECURE $(file_disk "$images/ci-runner.qcow2" vda)" "<seclabel type='none'/>"
run_guest ci-runner 3104 "" "$SPICE_SECURE $(file_disk "$images/ci-runner.qcow2" vda)" \
    "<seclabel type='none' model='apparmor'/>"
apparmor_process 3104 unconfined
