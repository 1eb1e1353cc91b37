# Helpers for scenario scripts: each builds one fixture host root under $ROOT.
# Scenario scripts are sourced by run_scenario.sh with `set -eu`; they may also declare
#   # value: NAME=VALUE     an XCCDF Value (short name) set through the tailoring file
#   # evidence: REGEX       a line the rule's check-import evidence must contain (grep -E)

# os_release: the root holds an operating system (os-release(5), linked from /etc as
# distributions install it). Without one, native checks report error: nothing to judge.
os_release() {
    mkdir -p "$ROOT/usr/lib" "$ROOT/etc"
    printf '%s\n' 'NAME="Fixture Linux"' 'ID=fixture' 'VERSION_ID=1' \
        'PRETTY_NAME="Fixture Linux 1 (oscap-virt test root)"' > "$ROOT/usr/lib/os-release"
    ln -sfn ../usr/lib/os-release "$ROOT/etc/os-release"
}

# A libvirt host with the QEMU driver and SELinux enforcing, no guests, empty qemu.conf.
host_base() {
    mkdir -p "$ROOT/etc/libvirt/qemu" "$ROOT/run/libvirt/qemu" "$ROOT/usr/sbin" \
             "$ROOT/sys/fs/selinux" "$ROOT/proc"
    os_release
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

# ---- host configuration (group host) ----------------------------------------------------

# enable_unit UNIT [TARGET]: UNIT enabled at boot, as `systemctl enable` records it: a symlink
# in /etc/systemd/system/TARGET.wants (default multi-user.target) to the vendor unit file.
# The vendor unit file is created when absent: a link to a missing unit enables nothing.
enable_unit() {
    [ -e "$ROOT/usr/lib/systemd/system/$1" ] ||
        host_file "/usr/lib/systemd/system/$1" '[Unit]' "Description=$1" '' '[Service]' 'Type=oneshot' \
            'ExecStart=/bin/true' '' '[Install]' "WantedBy=${2:-multi-user.target}"
    mkdir -p "$ROOT/etc/systemd/system/${2:-multi-user.target}.wants"
    ln -sfn "/usr/lib/systemd/system/$1" "$ROOT/etc/systemd/system/${2:-multi-user.target}.wants/$1"
}

# mask_unit UNIT: UNIT masked (/etc/systemd/system/UNIT -> /dev/null).
mask_unit() {
    mkdir -p "$ROOT/etc/systemd/system" "$ROOT/dev"
    [ -e "$ROOT/dev/null" ] || : > "$ROOT/dev/null"
    ln -sfn /dev/null "$ROOT/etc/systemd/system/$1"
}

# host_file PATH LINE...: writes PATH under $ROOT (parents created), one LINE per line.
host_file() {
    local path=$ROOT$1
    shift
    mkdir -p "$(dirname "$path")"
    printf '%s\n' "$@" > "$path"
}

# running_host: the root is a running system (its /proc holds the kernel command line), so
# runtime state under /proc and /sys can be judged; a root without it is an offline image.
running_host() { host_file /proc/cmdline "${1:-BOOT_IMAGE=/vmlinuz root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 ro}"; }

# ---- devices handed to guests: fake sysfs trees (issue 4) ---------------------------------

# pci_hostdev ADDR: a <hostdev> assigning the host PCI device ADDR (0000:03:00.1)
pci_hostdev() {
    local IFS=':.'
    set -- $1
    printf "<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0x%s' bus='0x%s' slot='0x%s' function='0x%s'/></source></hostdev>" "$1" "$2" "$3" "$4"
}

# usb_hostdev VENDOR PRODUCT: a <hostdev> assigning a host USB device by its ids (0x046d 0xc077)
usb_hostdev() {
    printf "<hostdev mode='subsystem' type='usb'><source><vendor id='%s'/><product id='%s'/></source></hostdev>" "$1" "$2"
}

# pci_device ADDR DRIVER [GROUP] [PHYSFN] [CLASS]: a PCI device in sysfs, as the kernel lays it
# out: /sys/devices/pci0000:00/ADDR with vendor/device/class (PCI_VENDOR, PCI_DEVICE override
# the ids), /sys/bus/pci/devices/ADDR linking to it, a driver link unless DRIVER is empty, an
# IOMMU group GROUP (iommu_group link and /sys/kernel/iommu_groups/GROUP/devices/ADDR) unless
# empty, and a physfn link to PHYSFN for an SR-IOV virtual function.
pci_device() {
    local addr=$1 driver=$2 group=${3:-} physfn=${4:-} class=${5:-0x020000}
    local dev="$ROOT/sys/devices/pci0000:00/$addr"
    mkdir -p "$dev" "$ROOT/sys/bus/pci/devices"
    printf '%s\n' "${PCI_VENDOR:-0x8086}" > "$dev/vendor"
    printf '%s\n' "${PCI_DEVICE:-0x10ed}" > "$dev/device"
    printf '%s\n' "$class" > "$dev/class"
    ln -sfn "../../../devices/pci0000:00/$addr" "$ROOT/sys/bus/pci/devices/$addr"
    if [ -n "$driver" ]; then
        mkdir -p "$ROOT/sys/bus/pci/drivers/$driver"
        ln -sfn "../../../bus/pci/drivers/$driver" "$dev/driver"
    fi
    if [ -n "$group" ]; then
        mkdir -p "$ROOT/sys/kernel/iommu_groups/$group/devices"
        ln -sfn "../../../kernel/iommu_groups/$group" "$dev/iommu_group"
        ln -sfn "../../../../devices/pci0000:00/$addr" "$ROOT/sys/kernel/iommu_groups/$group/devices/$addr"
    fi
    if [ -n "$physfn" ]; then
        ln -sfn "../$physfn" "$dev/physfn"
        local n=0
        while [ -e "$ROOT/sys/devices/pci0000:00/$physfn/virtfn$n" ]; do n=$((n + 1)); done
        mkdir -p "$ROOT/sys/devices/pci0000:00/$physfn"
        ln -sfn "../$addr" "$ROOT/sys/devices/pci0000:00/$physfn/virtfn$n"
    fi
}

# block_device NAME [partition|dm UUID]: a host block device /dev/NAME and its
# /sys/class/block/NAME entry (a partition, a device-mapper volume with UUID, else a whole disk)
block_device() {
    mkdir -p "$ROOT/dev" "$ROOT/sys/class/block/$1"
    : > "$ROOT/dev/$1"
    case ${2:-} in
        partition) printf '1\n' > "$ROOT/sys/class/block/$1/partition" ;;
        dm) mkdir -p "$ROOT/sys/class/block/$1/dm"; printf '%s\n' "$3" > "$ROOT/sys/class/block/$1/dm/uuid" ;;
    esac
}

# dev_link LINK TARGET: a /dev/disk/by-* style symlink under $ROOT (TARGET relative or absolute)
dev_link() { mkdir -p "$(dirname "$ROOT$1")"; ln -sfn "$2" "$ROOT$1"; }

# block_disk SOURCE [readonly]: a <disk type='block'> on host device SOURCE
block_disk() {
    printf "<disk type='block' device='disk'><source dev='%s'/><target dev='vdb' bus='virtio'/>%s</disk>" \
        "$1" "${2:+<readonly/>}"
}

# storage_pool NAME TYPE SOURCE_XML: a persistent storage pool /etc/libvirt/storage/NAME.xml
storage_pool() {
    mkdir -p "$ROOT/etc/libvirt/storage"
    printf "<pool type='%s'>\n  <name>%s</name>\n  <source>%s</source>\n  <target><path>/dev/disk/by-path</path></target>\n</pool>\n" \
        "$2" "$1" "$3" > "$ROOT/etc/libvirt/storage/$1.xml"
}

# ---- sVirt labels and virt booleans (issue 3) ---------------------------------------------

# label PATH CONTEXT: PATH under $ROOT carries the SELinux label CONTEXT in security.selinux,
# NUL-terminated as the kernel stores it. An absent PATH is created: a directory when it ends
# in '/', else an empty file.
label() {
    local path=$ROOT$1
    case $path in
        */) mkdir -p "$path" ;;
        *) mkdir -p "$(dirname "$path")"; [ -e "$path" ] || : > "$path" ;;
    esac
    setfattr -n security.selinux -v "0x$(printf '%s\0' "$2" | od -An -tx1 | tr -d ' \n')" "$path"
}

# boolean NAME CURRENT PENDING: an SELinux boolean as selinuxfs shows it ("1 0")
boolean() {
    mkdir -p "$ROOT/sys/fs/selinux/booleans"
    printf '%s %s' "$2" "$3" > "$ROOT/sys/fs/selinux/booleans/$1"
}

# mounted SOURCE TARGET FSTYPE: a line of the host's /proc/mounts
mounted() {
    mkdir -p "$ROOT/proc"
    printf '%s %s %s rw,relatime 0 0\n' "$1" "$2" "$3" >> "$ROOT/proc/mounts"
}

# image_pool NAME TYPE TARGET [SOURCE_XML]: a persistent storage pool whose volumes live in TARGET
image_pool() {
    mkdir -p "$ROOT/etc/libvirt/storage"
    printf "<pool type='%s'>\n  <name>%s</name>\n  <source>%s</source>\n  <target><path>%s</path></target>\n</pool>\n" \
        "$2" "$1" "${4:-}" "$3" > "$ROOT/etc/libvirt/storage/$1.xml"
}

# file_disk PATH TARGET [EXTRA_XML] [DEVICE]: a file-backed disk (EXTRA_XML e.g. <readonly/>,
# <shareable/>; DEVICE disk by default, or cdrom)
file_disk() {
    printf "<disk type='file' device='%s'><source file='%s'/><target dev='%s' bus='virtio'/>%s</disk>" \
        "${4:-disk}" "$1" "$2" "${3:-}"
}

# svirt_dynamic [PROCESS_LABEL]: the <seclabel> of a dynamically labelled guest; with the
# label libvirt chose, as a running guest's live definition records it
svirt_dynamic() {
    if [ -z "${1:-}" ]; then
        printf "<seclabel type='dynamic' model='selinux' relabel='yes'/>"
        return
    fi
    printf "<seclabel type='dynamic' model='selinux' relabel='yes'><label>%s</label><imagelabel>%s</imagelabel></seclabel>" \
        "$1" "system_u:object_r:svirt_image_t:${1#*:*:*:}"
}

# svirt_static LABEL RELABEL: the <seclabel> of a statically labelled guest (RELABEL yes|no)
svirt_static() {
    printf "<seclabel type='static' model='selinux' relabel='%s'><label>%s</label></seclabel>" "$2" "$1"
}

# virt_booleans CURRENT PENDING: every boolean of rules virt_booleans_least_privilege and
# qemu_ga_data_booleans defined, all with the same values (override single ones after)
virt_booleans() {
    local name
    for name in virt_use_comm virt_use_fusefs virt_use_nfs virt_use_samba virt_use_sanlock \
                virt_use_sysfs virt_use_xserver virt_use_usb virt_use_execmem virt_use_rawip \
                virt_transition_userdomain staff_use_svirt unprivuser_use_svirt \
                virt_sandbox_use_audit virt_sandbox_use_netlink virt_sandbox_use_sys_admin \
                virt_read_qemu_ga_data virt_rw_qemu_ga_data; do
        boolean "$name" "$1" "$2"
    done
}

# pem_file PATH [MODE]: a dummy PEM file (certificate, or private key when PATH names a key)
pem_file() {
    local what=CERTIFICATE
    case $1 in *key*) what="PRIVATE KEY" ;; esac
    mkdir -p "$(dirname "$ROOT$1")"
    printf -- '-----BEGIN %s-----\nMIIB\n-----END %s-----\n' "$what" "$what" > "$ROOT$1"
    chmod "${2:-0644}" "$ROOT$1"
}

# libvirt_tls_certs [KEY_MODE]: libvirt's TLS files at their default paths
libvirt_tls_certs() {
    pem_file /etc/pki/CA/cacert.pem
    pem_file /etc/pki/libvirt/servercert.pem
    pem_file /etc/pki/libvirt/private/serverkey.pem "${1:-0600}"
}

# tcp_listen ADDRESS:PORT...: a running host's /proc/net/tcp (IPv4 ADDRESS:PORT in the kernel's
# little-endian hexadecimal, e.g. 00000000:0016 for 0.0.0.0:22) with these listening sockets;
# tcp6_listen the same for /proc/net/tcp6 (32 hexadecimal digits of address).
tcp_listen() { _proc_net_tcp /proc/net/tcp "$@"; }
tcp6_listen() { _proc_net_tcp /proc/net/tcp6 "$@"; }
_proc_net_tcp() {
    local file=$ROOT$1 n=0 remote
    shift
    mkdir -p "$(dirname "$file")"
    printf '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n' > "$file"
    for socket in "$@"; do
        remote=$(printf '%s' "${socket%:*}" | tr '0-9A-Fa-f' '0'):0000
        printf '%4d: %s %s 0A 00000000:00000000 00:00000000 00000000     0        0 %d 1 0000000000000000 100 0 0 10 0\n' \
            "$n" "$socket" "$remote" $((20000 + n)) >> "$file"
        n=$((n + 1))
    done
}

# ---- guests (group guest) ---------------------------------------------------------------

# guest_base: the root of a virtual machine itself, as the virt_guest profile scans it: its
# CPU reports the hypervisor flag (so the virtual_machine platform applies); no libvirt.
guest_base() {
    mkdir -p "$ROOT/etc" "$ROOT/proc"
    os_release
    printf 'processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu vme de pse tsc msr pae apic sep hypervisor lahf_lm\n' \
        > "$ROOT/proc/cpuinfo"
}

# lvm_id SEED: an lvm uuid (32 characters of its alphabet, grouped 6-4-4-4-4-4-6) made from SEED.
lvm_id() {
    printf '%s' "$1" | md5sum | sed -E 's/^(.{6})(.{4})(.{4})(.{4})(.{4})(.{4})(.{6}).*/\1-\2-\3-\4-\5-\6-\7/'
}

# lvm_backup VG DEVICE...: /etc/lvm/backup/VG as lvm2 writes it for a volume group whose
# physical volumes were last seen on DEVICE... (the device hints; "-" writes a PV without one).
lvm_backup() {
    local vg=$1 n=0 dev
    shift
    mkdir -p "$ROOT/etc/lvm/backup"
    {
        printf '%s\n' '# Generated by LVM2 version 2.03.16(2) (2022-05-18): Sun Nov 29 12:00:00 2026' '' \
            'contents = "Text Format Volume Group"' 'version = 1' '' \
            "description = \"Created *after* executing 'vgcreate $vg'\"" '' \
            'creation_host = "guest"	# Linux guest 6.1.0 #1 SMP x86_64' \
            'creation_time = 1795953600	# Sun Nov 29 12:00:00 2026' '' "$vg {" \
            "	id = \"$(lvm_id "vg-$vg")\"" '	seqno = 2' '	format = "lvm2"' \
            '	status = ["RESIZEABLE", "READ", "WRITE"]' '	flags = []' '	extent_size = 8192' \
            '	max_lv = 0' '	max_pv = 0' '	metadata_copies = 0' '' '	physical_volumes {'
        for dev in "$@"; do
            printf '%s\n' '' "		pv$n {" "			id = \"$(lvm_id "pv-$vg-$n")\""
            [ "$dev" = - ] || printf '			device = "%s"	# Hint only\n' "$dev"
            printf '%s\n' '			status = ["ALLOCATABLE"]' '			flags = []' \
                '			dev_size = 2097152' '			pe_start = 2048' '			pe_count = 255' '		}'
            n=$((n + 1))
        done
        printf '%s\n' '	}' '' '	logical_volumes {' '' '		root {' \
            "			id = \"$(lvm_id "lv-$vg")\"" '			status = ["READ", "WRITE", "VISIBLE"]' \
            '			segment_count = 1' '		}' '	}' '}'
    } > "$ROOT/etc/lvm/backup/$vg"
}

# qemu_ga_packaged [ARGS]: the QEMU guest agent as RHEL packages it: /usr/bin/qemu-ga and a
# vendor unit that reads /etc/sysconfig/qemu-ga and adds ARGS to the qemu-ga command line
# (default $FILTER_RPC_ARGS, as RHEL 9.4 and later; RHEL 8 passes --blacklist=${BLACKLIST_RPC}).
qemu_ga_packaged() {
    mkdir -p "$ROOT/usr/bin" "$ROOT/usr/lib/systemd/system"
    : > "$ROOT/usr/bin/qemu-ga"
    chmod 0755 "$ROOT/usr/bin/qemu-ga"
    printf '%s\n' '[Unit]' 'Description=QEMU Guest Agent' '' '[Service]' \
        'EnvironmentFile=/etc/sysconfig/qemu-ga' 'ExecStart=/usr/bin/qemu-ga \' \
        '  --method=virtio-serial \' '  --path=/dev/virtio-ports/org.qemu.guest_agent.0 \' \
        "  ${1:-\$FILTER_RPC_ARGS} \\" '  -F${FSFREEZE_HOOK_PATHNAME}' 'Restart=always' \
        > "$ROOT/usr/lib/systemd/system/qemu-guest-agent.service"
}

# guest_selinux_targeted: SELinux enforcing with the targeted policy, configured and running,
# whose file contexts give the guest agent virt_qemu_ga_exec_t as the Fedora/RHEL policy does.
guest_selinux_targeted() {
    host_file /etc/selinux/config 'SELINUX=enforcing' 'SELINUXTYPE=targeted'
    host_file /sys/fs/selinux/enforce 1
    host_file /etc/selinux/targeted/contexts/files/file_contexts \
        '/usr/bin/qemu-ga	--	system_u:object_r:virt_qemu_ga_exec_t:s0' \
        '/usr/libexec/qemu-ga(/.*)?	system_u:object_r:virt_qemu_ga_unconfined_exec_t:s0'
}

# ---- sVirt with AppArmor (issue 12) -----------------------------------------------------

# selinux_off_by_config: an SELinux host booted without it: /etc/selinux/config says disabled
# and selinuxfs is not mounted (the host stays an SELinux host for the platforms).
selinux_off_by_config() {
    selinux_disabled
    host_file /etc/selinux/config 'SELINUX=disabled' 'SELINUXTYPE=targeted'
}

# apparmor_policy_installed: libvirt's AppArmor policy as libvirt-daemon-system installs it on
# Debian (TEMPLATE.qemu, TEMPLATE.lxc, abstractions/libvirt-qemu, copied from this machine's
# package) and the empty local override file its postinst creates.
apparmor_policy_installed() {
    local d=/etc/apparmor.d f
    for f in libvirt/TEMPLATE.qemu libvirt/TEMPLATE.lxc abstractions/libvirt-qemu; do
        [ -f "$d/$f" ] || { echo "lib.sh: $d/$f missing: install libvirt-daemon-system" >&2; return 1; }
        mkdir -p "$(dirname "$ROOT$d/$f")"
        cp "$d/$f" "$ROOT$d/$f"
    done
    mkdir -p "$ROOT$d/local/abstractions"
    : > "$ROOT$d/local/abstractions/libvirt-qemu"
}

# apparmor_loaded NAME MODE: a line of the kernel's loaded-profiles list
apparmor_loaded() {
    mkdir -p "$ROOT/sys/kernel/security/apparmor"
    printf '%s (%s)\n' "$1" "$2" >> "$ROOT/sys/kernel/security/apparmor/profiles"
}

# apparmor_host_base: a Debian/Ubuntu libvirt host whose LSM is AppArmor, enabled in enforce
# mode, with libvirt's policy installed and libvirtd confined by its own profile (what
# libvirt's AppArmor probe requires), no selinuxfs. A running host (/proc/cmdline).
apparmor_host_base() {
    host_base
    selinux_disabled
    running_host 'BOOT_IMAGE=/boot/vmlinuz-6.1.0-18-amd64 root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 ro quiet'
    apparmor_policy_installed
    host_file /sys/module/apparmor/parameters/enabled Y
    host_file /sys/module/apparmor/parameters/mode enforce
    apparmor_loaded libvirtd enforce
    apparmor_loaded libvirtd//qemu_bridge_helper enforce
    apparmor_loaded virt-aa-helper enforce
}

# apparmor_off: the kernel has AppArmor but it is disabled (apparmor=0): no securityfs list.
apparmor_off() {
    host_file /sys/module/apparmor/parameters/enabled N
    rm -rf "$ROOT/sys/kernel/security/apparmor"
}

# apparmor_dynamic NAME: the <seclabel> libvirt records in a running guest's live definition
apparmor_dynamic() {
    printf "<seclabel type='dynamic' model='apparmor' relabel='yes'><label>libvirt-%s</label><imagelabel>libvirt-%s</imagelabel></seclabel>" \
        "$(uuid_for "$1")" "$(uuid_for "$1")"
}

# apparmor_guest_profile NAME [MODE]: what libvirt's AppArmor driver leaves when guest NAME
# starts: the per-guest profile /etc/apparmor.d/libvirt/libvirt-<uuid> made from the root's
# TEMPLATE.qemu as virt-aa-helper's create_profile() makes it (profile renamed, files list
# included before the closing brace), the files list libvirt-<uuid>.files holding the rules
# the real virt-aa-helper derives from the guest's definition (run with --dryrun on it), and
# the profile in the kernel's loaded list in MODE (default enforce; "" for not loaded).
apparmor_guest_profile() {
    local name=$1 mode=${2-enforce} uuid profile xml rules
    uuid=$(uuid_for "$name")
    profile=libvirt-$uuid
    xml=$ROOT/run/libvirt/qemu/$name.xml
    [ -e "$xml" ] || xml=$ROOT/etc/libvirt/qemu/$name.xml
    rules=$(sed -n '/^<domain /,/^<\/domain>/p' "$xml" |
        /usr/lib/libvirt/virt-aa-helper --dryrun --create --uuid "$profile" 2>&1 >/dev/null |
        awk '$0 == "virt-aa-helper:" { marks++; next } marks == 2 { print }')
    [ -n "$rules" ] || { echo "lib.sh: virt-aa-helper wrote no rules for $name" >&2; return 1; }
    sed -e "s/^profile LIBVIRT_TEMPLATE/profile $profile/" \
        -e "s|^}|  #include <libvirt/$profile.files>\n}|" \
        "$ROOT/etc/apparmor.d/libvirt/TEMPLATE.qemu" > "$ROOT/etc/apparmor.d/libvirt/$profile"
    printf '# DO NOT EDIT THIS FILE DIRECTLY. IT IS MANAGED BY LIBVIRT.\n%s\n' "$rules" \
        > "$ROOT/etc/apparmor.d/libvirt/$profile.files"
    [ -z "$mode" ] || apparmor_loaded "$profile" "$mode"
}

# apparmor_files_rule NAME RULE: appends a rule to guest NAME's files list (as `virsh
# attach-disk` or a hand edit would)
apparmor_files_rule() {
    printf '  %s\n' "$2" >> "$ROOT/etc/apparmor.d/libvirt/libvirt-$(uuid_for "$1").files"
}

# apparmor_process PID LABEL: the AppArmor label of process PID as the kernel shows it, in
# attr/apparmor/current and (AppArmor being the only major LSM) attr/current
apparmor_process() {
    mkdir -p "$ROOT/proc/$1/attr/apparmor"
    printf '%s\n' "$2" > "$ROOT/proc/$1/attr/apparmor/current"
    printf '%s\n' "$2" > "$ROOT/proc/$1/attr/current"
}

# apparmor_running_guest NAME PID [DEVICES_XML]: guest NAME defined and running confined as
# libvirt does it: live seclabel, per-guest profile and files list loaded in enforce mode,
# QEMU running under it.
apparmor_running_guest() {
    local name=$1 pid=$2 devices=${3:-}
    define_guest "$name" "$devices"
    run_guest "$name" "$pid" "" "$devices" "$(apparmor_dynamic "$name")"
    apparmor_guest_profile "$name"
    apparmor_process "$pid" "libvirt-$(uuid_for "$name") (enforce)"
}

# hardened_host_services: what a hardened virtualization host runs besides libvirt, on any
# distribution: SSH without root logins (the only listener), an nftables firewall dropping
# inbound traffic by default, auditd enabled and running, IPv4 forwarding off.
hardened_host_services() {
    host_file /etc/ssh/sshd_config 'PermitRootLogin no'
    host_file /etc/nftables.conf 'table inet filter {' \
        '  chain input { type filter hook input priority 0; policy drop;' \
        '    ct state established,related accept; iif lo accept; tcp dport 22 accept; }' '}'
    enable_unit nftables.service
    host_file /usr/lib/systemd/system/auditd.service '[Unit]' 'Description=Security Auditing Service' \
        '[Service]' 'ExecStart=/sbin/auditd' '[Install]' 'WantedBy=multi-user.target'
    enable_unit auditd.service
    host_file /run/auditd.pid 812
    host_file /proc/812/comm auditd
    tcp_listen 00000000:0016
    host_file /proc/sys/net/ipv4/ip_forward 0
}

# hardened_qemu_conf USER GROUP DRIVER: qemu.conf of a hardened host: QEMU as USER:GROUP, TLS
# for SPICE, VNC (client certificates verified), character devices and migration, guests
# confined by the security DRIVER and required to be (certificates: site_tls_credentials).
hardened_qemu_conf() {
    qemu_conf "user = \"$1\"" "group = \"$2\"" \
              'spice_tls = 1' 'spice_tls_x509_cert_dir = "/etc/pki/libvirt-spice"' \
              'vnc_tls = 1' 'vnc_tls_x509_verify = 1' 'vnc_tls_x509_cert_dir = "/etc/pki/libvirt-vnc"' \
              'chardev_tls = 1' 'migrate_tls_force = 1' \
              "security_driver = \"$3\"" 'security_default_confined = 1' \
              'security_require_confined = 1'
}

# site_tls_credentials: real TLS credentials (RSA, issued by one site CA) made outside the
# root and installed into it: SPICE and QEMU servers for a year, the VNC server's expiring in
# 10 days. Call once per root (it sets TLS_PKI_DIR and an EXIT trap removing it).
site_tls_credentials() {
    TLS_PKI_DIR=$(mktemp -d)
    export TLS_PKI_DIR
    trap 'rm -rf "$TLS_PKI_DIR"' EXIT
    tls_ca site-ca
    tls_cert spice-server site-ca
    tls_cert vnc-server site-ca tls_www_server signing_key encryption_key 'expiration_days = 10'
    tls_cert qemu-server site-ca
    qemu_tls_dir /etc/pki/libvirt-spice site-ca spice-server 0640
    qemu_tls_dir /etc/pki/libvirt-vnc site-ca vnc-server 0640
    qemu_tls_dir /etc/pki/qemu site-ca qemu-server 0640
}

# ---- TLS credentials, made with GnuTLS's certtool at test time --------------------------------
# Keys and certificates are written under $TLS_PKI_DIR (default $ROOT/../pki, outside the
# judged root) and installed into the root by tls_install. Template lines follow certtool(1).

_pki() { printf '%s' "${TLS_PKI_DIR:-$(dirname "$ROOT")/pki}"; }

# tls_key NAME [certtool key options]: a private key (default RSA 2048; libvirt 9.0 refuses
# certtool's ECDSA server certificates, whose critical key usage lacks key encipherment)
tls_key() {
    local name=$1
    shift
    mkdir -p "$(_pki)"
    [ $# -gt 0 ] || set -- --key-type rsa --bits 2048
    certtool --generate-privkey "$@" --outfile "$(_pki)/$name-key.pem" 2>/dev/null
}

# tls_ca NAME [TEMPLATE_LINE...]: a self-signed CA (key made if absent)
tls_ca() {
    local name=$1
    shift
    [ -e "$(_pki)/$name-key.pem" ] || tls_key "$name"
    [ $# -gt 0 ] || set -- 'ca' 'cert_signing_key' 'expiration_days = 365'
    printf '%s\n' "cn = \"$name\"" "$@" > "$(_pki)/$name.tmpl"
    certtool --generate-self-signed --load-privkey "$(_pki)/$name-key.pem" \
        --template "$(_pki)/$name.tmpl" --outfile "$(_pki)/$name-cert.pem" ${TLS_HASH:+--hash "$TLS_HASH"} 2>/dev/null
}

# tls_cert NAME CA [TEMPLATE_LINE...]: a certificate signed by CA (default: a TLS server's)
tls_cert() {
    local name=$1 ca=$2
    shift 2
    [ -e "$(_pki)/$name-key.pem" ] || tls_key "$name"
    [ $# -gt 0 ] || set -- 'tls_www_server' 'signing_key' 'encryption_key' 'expiration_days = 365'
    printf '%s\n' "cn = \"$name\"" 'dns_name = "localhost"' "$@" > "$(_pki)/$name.tmpl"
    certtool --generate-certificate --load-privkey "$(_pki)/$name-key.pem" \
        --load-ca-certificate "$(_pki)/$ca-cert.pem" --load-ca-privkey "$(_pki)/$ca-key.pem" \
        --template "$(_pki)/$name.tmpl" --outfile "$(_pki)/$name-cert.pem" ${TLS_HASH:+--hash "$TLS_HASH"} 2>/dev/null
}

# tls_install SOURCE PATH [MODE]: copies $(_pki)/SOURCE.pem to PATH in the root
tls_install() {
    mkdir -p "$(dirname "$ROOT$2")"
    cp "$(_pki)/$1.pem" "$ROOT$2"
    chmod "${3:-0644}" "$ROOT$2"
}

# qemu_tls_dir DIR CA SERVER [KEY_MODE]: QEMU's files (ca-cert.pem, server-cert.pem,
# server-key.pem) in DIR, from a CA and a server made with tls_ca / tls_cert
qemu_tls_dir() {
    tls_install "$2-cert" "$1/ca-cert.pem"
    tls_install "$3-cert" "$1/server-cert.pem"
    tls_install "$3-key" "$1/server-key.pem" "${4:-0600}"
}

# libvirt_tls_files CA SERVER [KEY_MODE]: libvirt's listener files at their default paths
libvirt_tls_files() {
    tls_install "$1-cert" /etc/pki/CA/cacert.pem
    tls_install "$2-cert" /etc/pki/libvirt/servercert.pem
    tls_install "$2-key" /etc/pki/libvirt/private/serverkey.pem "${3:-0600}"
}

# valid_tls_set: a CA and a server certificate that libvirt accepts
valid_tls_set() { tls_ca ca && tls_cert server ca; }

# tls_cert_openssl NAME CA EXTENSION_LINE...: a certificate signed by CA with exactly these
# openssl x509v3 extensions (certtool cannot mark a key purpose critical)
tls_cert_openssl() {
    local name=$1 ca=$2 pki
    shift 2
    pki=$(_pki)
    [ -e "$pki/$name-key.pem" ] || tls_key "$name"
    printf '%s\n' "$@" > "$pki/$name.ext"
    openssl req -new -key "$pki/$name-key.pem" -subj "/CN=$name" -out "$pki/$name.csr" 2>/dev/null
    openssl x509 -req -in "$pki/$name.csr" -CA "$pki/$ca-cert.pem" -CAkey "$pki/$ca-key.pem" \
        -set_serial "0x$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')" -days 365 \
        -extfile "$pki/$name.ext" -out "$pki/$name-cert.pem" 2>/dev/null
}

# ---- host firewall (os-readers-b) --------------------------------------------------------

# firewalld_installed: what the firewalld package puts under /usr/lib/firewalld, reduced to what
# the scenarios need: the zones firewalld refuses to start without (block, drop, trusted), a
# public zone (ssh, dhcpv6-client) and the service definitions the scenarios name.
firewalld_installed() {
    local d=/usr/lib/firewalld
    host_file $d/zones/block.xml '<?xml version="1.0" encoding="utf-8"?>' '<zone target="%%REJECT%%">' '  <short>Block</short>' '</zone>'
    host_file $d/zones/drop.xml '<?xml version="1.0" encoding="utf-8"?>' '<zone target="DROP">' '  <short>Drop</short>' '</zone>'
    host_file $d/zones/trusted.xml '<?xml version="1.0" encoding="utf-8"?>' '<zone target="ACCEPT">' '  <short>Trusted</short>' '</zone>'
    host_file $d/zones/public.xml '<?xml version="1.0" encoding="utf-8"?>' '<zone>' '  <short>Public</short>' \
        '  <service name="ssh"/>' '  <service name="dhcpv6-client"/>' '</zone>'
    _fw_service ssh 'tcp 22'
    _fw_service dhcpv6-client 'udp 546'
    _fw_service cockpit 'tcp 9090'
    _fw_service libvirt-tls 'tcp 16514'
    _fw_service libvirt 'tcp 16509'
    _fw_service samba 'udp 137' 'udp 138' 'tcp 139' 'tcp 445'
    _fw_service http 'tcp 80'
    _fw_service vnc-server 'tcp 5900-5903'
}

# _fw_service NAME 'PROTOCOL PORT'...: a vendor service definition
_fw_service() {
    local name=$1 lines=() spec
    shift
    for spec in "$@"; do lines+=("  <port protocol=\"${spec% *}\" port=\"${spec#* }\"/>"); done
    host_file "/usr/lib/firewalld/services/$name.xml" '<?xml version="1.0" encoding="utf-8"?>' '<service>' \
        "  <short>$name</short>" "${lines[@]}" '</service>'
}
