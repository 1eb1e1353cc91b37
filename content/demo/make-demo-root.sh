#!/bin/bash
# Builds the bundled demo hypervisor: a hardened libvirt/QEMU host root with several guests,
# most compliant, some not, as oscap-virt finds them on disk (configuration, libvirt state
# files, QEMU processes' SELinux labels, image labels). Usage: make-demo-root.sh DIR
#
# What is wrong on purpose: legacy-desktop's SPICE console accepts plaintext; build-runner was
# exempted from sVirt (<seclabel type='none'>) and runs unconfined; twin-a and twin-b were
# given the same static category pair; the VNC server certificate expires in 10 days.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
export ROOT=$1
rm -rf "$ROOT"
mkdir -p "$ROOT"
# shellcheck source=../../tests/scenarios/lib.sh
. "$here/../../tests/scenarios/lib.sh"

# ---- the host -------------------------------------------------------------------------------
host_base
running_host
host_file /etc/selinux/config 'SELINUX=enforcing' 'SELINUXTYPE=targeted'
host_file /etc/fstab 'UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 / xfs defaults 0 0'
hardened_host_services
host_file /etc/passwd 'root:x:0:0:root:/root:/bin/bash' 'qemu:x:107:107:qemu user:/:/usr/sbin/nologin'
host_file /etc/group 'root:x:0:' 'qemu:x:107:' 'libvirt:x:108:'
mkdir -p "$ROOT/var/lib/libvirt/qemu" && chown 107:107 "$ROOT/var/lib/libvirt/qemu"
mounted /dev/mapper/root / xfs
virt_booleans 0 0
hardened_qemu_conf qemu qemu selinux
site_tls_credentials
images=/var/lib/libvirt/images
label "$images/" system_u:object_r:virt_image_t:s0
label /var/lib/libvirt/qemu/ system_u:object_r:qemu_var_run_t:s0

# ---- the guests -----------------------------------------------------------------------------
# guest NAME PID CATEGORIES GRAPHICS [SECLABEL]: defined and running, confined with CATEGORIES,
# its image labelled for it
guest() {
    local name=$1 pid=$2 categories=$3 graphics=$4 seclabel=${5:-}
    local process=system_u:system_r:svirt_t:s0:$categories
    define_guest "$name" "$graphics $(file_disk "$images/$name.qcow2" vda)" "${seclabel:-$(svirt_dynamic)}"
    run_guest "$name" "$pid" "$process" "$graphics $(file_disk "$images/$name.qcow2" vda)" \
        "${seclabel:-$(svirt_dynamic "$process")}"
    label "$images/$name.qcow2" "system_u:object_r:svirt_image_t:s0:$categories"
}

guest web01 2101 c12,c345 "$SPICE_SECURE"
guest db01 2102 c77,c901 "$SPICE_SECURE"
define_guest archive "$SPICE_SECURE $(file_disk "$images/archive.qcow2" vda)" "$(svirt_dynamic)"
label "$images/archive.qcow2" system_u:object_r:virt_image_t:s0

# A desktop guest whose SPICE console accepts plaintext clients.
guest legacy-desktop 2103 c5,c6 "$SPICE_PLAIN"

# A guest someone exempted from sVirt: its QEMU runs unconfined.
guest build-runner 2104 c0.c1023 "$SPICE_SECURE" "<seclabel type='none'/>"
mkdir -p "$ROOT/proc/2104/attr"
printf 'unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023\0' > "$ROOT/proc/2104/attr/current"
label "$images/build-runner.qcow2" system_u:object_r:virt_image_t:s0

# Two guests that were given the same static category pair.
twin_label=system_u:system_r:svirt_t:s0:c400,c401
guest twin-a 2105 c400,c401 "$SPICE_SECURE" "$(svirt_static "$twin_label" yes)"
guest twin-b 2106 c400,c401 "$SPICE_SECURE" "$(svirt_static "$twin_label" yes)"
