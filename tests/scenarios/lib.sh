# Helpers for scenario scripts: each builds one fixture host root under $ROOT.
# Scenario scripts are sourced by run_scenario.sh with `set -eu`; they may also declare
#   # value: NAME=VALUE     an XCCDF Value (short name) set through the tailoring file
#   # evidence: REGEX       a line the rule's check-import evidence must contain (grep -E)

# A libvirt host with the QEMU driver and SELinux enforcing, no guests, empty qemu.conf.
host_base() {
    mkdir -p "$ROOT/etc/libvirt/qemu" "$ROOT/run/libvirt/qemu" "$ROOT/usr/sbin" \
             "$ROOT/sys/fs/selinux" "$ROOT/proc"
    : > "$ROOT/usr/sbin/libvirtd"
    chmod 0755 "$ROOT/usr/sbin/libvirtd"
    printf '# qemu.conf of a scenario\n' > "$ROOT/etc/libvirt/qemu.conf"
    printf '1' > "$ROOT/sys/fs/selinux/enforce"
}

selinux_disabled() { rm -rf "$ROOT/sys/fs/selinux"; }

# qemu_conf LINE...: appends settings to qemu.conf
qemu_conf() { printf '%s\n' "$@" >> "$ROOT/etc/libvirt/qemu.conf"; }

# spice_certs DIR [KEY_MODE]: CA certificate, server certificate and key (dummy PEM files)
spice_certs() {
    local dir="$ROOT$1" mode="${2:-0640}"
    mkdir -p "$dir"
    for f in ca-cert.pem server-cert.pem; do
        printf -- '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n' > "$dir/$f"
        chmod 0644 "$dir/$f"
    done
    printf -- '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n' > "$dir/server-key.pem"
    chmod "$mode" "$dir/server-key.pem"
}

# domain_xml NAME DEVICES_XML [SECLABEL_XML]: a small QEMU domain definition
domain_xml() {
    cat <<XML
<domain type='kvm'>
  <name>$1</name>
  <uuid>$(uuid_for "$1")</uuid>
  <memory unit='MiB'>64</memory>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  <devices>
    $2
  </devices>
  ${3:-}
</domain>
XML
}

uuid_for() { printf '%s' "$1" | md5sum | sed -E 's/^(.{8})(.{4})(.{4})(.{4})(.{12}).*/\1-\2-\3-\4-\5/'; }

# define_guest NAME DEVICES_XML [SECLABEL_XML]: a persistent guest
define_guest() { domain_xml "$@" > "$ROOT/etc/libvirt/qemu/$1.xml"; }

# run_guest NAME PID LABEL DEVICES_XML [SECLABEL_XML]: a running guest as libvirt records it,
# with its QEMU process and that process's SELinux label under $ROOT/proc
run_guest() {
    local name=$1 pid=$2 label=$3
    shift 3
    {
        printf "<domstatus state='running' reason='booted' pid='%s'>\n" "$pid"
        printf "  <qemuCaps><flag name='spice'/></qemuCaps>\n"
        domain_xml "$name" "$@"
        printf "</domstatus>\n"
    } > "$ROOT/run/libvirt/qemu/$name.xml"
    printf '%s\n' "$pid" > "$ROOT/run/libvirt/qemu/$name.pid"
    if [ -n "$label" ]; then
        mkdir -p "$ROOT/proc/$pid/attr"
        printf '%s\0' "$label" > "$ROOT/proc/$pid/attr/current"
    fi
}

# A guest defined and running with the same devices.
define_and_run_guest() {
    local name=$1 pid=$2 label=$3
    shift 3
    define_guest "$name" "$@"
    run_guest "$name" "$pid" "$label" "$@"
}

SPICE_SECURE="<graphics type='spice' autoport='yes' defaultMode='secure'/>"
SPICE_PLAIN="<graphics type='spice' autoport='yes'/>"
