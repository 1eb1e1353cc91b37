#!/bin/bash
# Builds the bundled demo hypervisor: a hardened libvirt/QEMU host root with several guests,
# most compliant, some not, as oscap-virt finds them on disk (configuration, libvirt state
# files, QEMU processes' SELinux labels, image labels). Usage: make-demo-root.sh [--insecure] DIR
#
# What is wrong on purpose: legacy-desktop's SPICE console accepts plaintext; build-runner was
# exempted from sVirt (<seclabel type='none'>) and runs unconfined; twin-a and twin-b were
# given the same static category pair; the VNC server certificate expires in 10 days.
#
# --insecure: the same host with its configuration made insecure wherever a rule has an
# automated fix (qemu.conf, libvirtd.conf, virtqemud.conf, sshd, auditd, the admin socket), so
# that remediation can be proven by applying the generated fixes and scanning again
# (tests/content/remediate_demo.sh).
set -euo pipefail
insecure=0
if [ "${1:-}" = --insecure ]; then insecure=1; shift; fi
[ $# -eq 1 ] || { echo "usage: $0 [--insecure] DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
export ROOT=$1
rm -rf "$ROOT"
mkdir -p "$ROOT"
# The fixture helpers: in the source tree, or beside this script where the package installs it.
lib=$here/../../tests/scenarios/lib.sh
[ -f "$lib" ] || lib=$here/lib.sh
# shellcheck source=../../tests/scenarios/lib.sh
. "$lib"

# ---- the host -------------------------------------------------------------------------------
host_base
running_host
host_file /etc/hostname demo-hv.example.org
host_file /etc/machine-id 5f0c3b1e9a7d4c2b8e6f1a0d3c5b7e9f
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

[ "$insecure" = 1 ] || exit 0

# ---- made insecure: each of these fails a rule that has a fix -----------------------------
# The unit files the fixes enable, as the packages install them.
host_file /usr/lib/systemd/system/auditd.service '[Unit]' 'Description=Security Auditing Service' \
    '[Service]' 'ExecStart=/sbin/auditd' '[Install]' 'WantedBy=multi-user.target'
rm -f "$ROOT/etc/systemd/system/multi-user.target.wants/auditd.service"
host_file /etc/ssh/sshd_config 'PermitRootLogin yes' 'PasswordAuthentication no'
qemu_conf_file=$ROOT/etc/libvirt/qemu.conf
sed -i -E '/^(user|group|spice_tls|vnc_tls|vnc_tls_x509_verify|chardev_tls|migrate_tls_force|security_driver|security_default_confined|security_require_confined)[[:space:]]*=/d' \
    "$qemu_conf_file"
qemu_conf 'user = "root"' 'group = "root"' 'spice_tls = 0' 'vnc_tls = 0' 'vnc_tls_x509_verify = 0' \
          'chardev_tls = 0' 'migrate_tls_force = 0' 'security_driver = "none"' \
          'security_default_confined = 0' 'security_require_confined = 0' \
          'namespaces = []' 'seccomp_sandbox = 0' 'migration_port_min = 1024'
host_file /etc/libvirt/libvirtd.conf 'listen_tcp = 1' 'auth_tcp = "none"' 'auth_unix_rw = "none"' \
    'unix_sock_group = "libvirt"' 'unix_sock_rw_perms = "0770"' 'tls_no_verify_certificate = 1' \
    'audit_level = 0'
host_file /etc/libvirt/virtqemud.conf 'audit_level = 0'
# The packaged admin socket unit (0600), opened to everyone by a local drop-in.
host_file /usr/lib/systemd/system/libvirtd-admin.socket '[Socket]' \
    'ListenStream=/run/libvirt/libvirt-admin-sock' 'Service=libvirtd.service' 'SocketMode=0600'
host_file /etc/systemd/system/libvirtd-admin.socket.d/50-open.conf '[Socket]' 'SocketMode=0666'
# The site's certificates for QEMU's TLS are there, valid, only not used (the VNC one renewed),
# so that the fixes that switch TLS on leave the TLS credential rules passing.
tls_cert vnc-server-renewed site-ca
qemu_tls_dir /etc/pki/libvirt-vnc site-ca vnc-server-renewed 0640
cp "$ROOT/etc/pki/qemu/server-cert.pem" "$ROOT/etc/pki/qemu/client-cert.pem"
cp -p "$ROOT/etc/pki/qemu/server-key.pem" "$ROOT/etc/pki/qemu/client-key.pem"
