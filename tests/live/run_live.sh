#!/bin/bash
# Live test: a real libvirtd with real QEMU guests (TCG) on this machine, scanned through the
# *installed* oscap-virt content with the real `oscap xccdf eval`, as Satellite/Foreman would.
#
#   run_live.sh BUILD_DIR
#
# Needs root and the packages cmake/install-deps.sh installs; installs nothing itself. Every
# change to the host is undone on exit, also on failure: guests destroyed and undefined, the
# daemons it started stopped by pid, /etc/libvirt/qemu.conf and /dev/kvm restored, certificates
# removed. Results stay in BUILD_DIR/tests/live-results for inspection.
set -euo pipefail
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
out=$build/tests/live-results
prefix=$out/prefix
certs=/etc/pki/oscap-virt-live
qemu_conf=/etc/libvirt/qemu.conf
marker="# oscap-virt live test run_live.sh: removed when it ends"
guests=(olv-plain olv-tls olv-unconfined olv-hostdev)
profile=xccdf_org.oscapvirt_profile_virt_host
virsh=(virsh -q -c qemu:///system)
started=$(date +%s.%N)

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { printf '\n== [%5.1f s] %s\n' "$(echo "$(date +%s.%N) - $started" | bc)" "$*"; }
alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }
pid_in() { [ -s "$1" ] && cat "$1" || true; }

# ---- preconditions --------------------------------------------------------------------------
[ "$(id -u)" = 0 ] || fail "the live tests need root (a system libvirtd and QEMU guests)"
for tool in libvirtd virtlogd virsh qemu-system-x86_64 openssl oscap oscap-run-sce-script \
            xmllint bzip2 bunzip2 python3 cmake bc flock; do
    command -v "$tool" > /dev/null ||
        fail "$tool is missing: install the project's dependencies with cmake/install-deps.sh"
done
[ -f "$qemu_conf" ] || fail "$qemu_conf is missing: libvirt-daemon-system is not installed"
# Live tests of other checkouts on this machine share the one system libvirtd: take turns.
exec 9> /run/oscap-virt-live.lock
flock -w 600 9 || fail "another live test holds /run/oscap-virt-live.lock"
# A run killed without its teardown (SIGKILL, e.g. a ctest timeout) left its daemons: they are
# recorded in $state. Its qemu.conf lines and guests are removed further down.
state=/run/oscap-virt-live.pids
if [ -s "$state" ]; then
    for pid in $(cat "$state"); do
        if alive "$pid" && [[ "$(readlink "/proc/$pid/exe")" == */libvirtd || "$(readlink "/proc/$pid/exe")" == */virtlogd ]]; then
            echo "stopping libvirtd/virtlogd pid $pid left by a killed live test"
            kill "$pid"
            for _ in $(seq 100); do alive "$pid" || break; sleep 0.1; done
        fi
    done
    rm -f "$state"
fi
if alive "$(pid_in /run/libvirtd.pid)"; then
    fail "a libvirtd this test did not start is running (pid $(cat /run/libvirtd.pid)); stop it first"
fi

libvirtd_pid="" virtlogd_pid="" kvm_mode=""
rm -rf "$out"
mkdir -p "$out"

# ---- teardown, on every exit ------------------------------------------------------------------
start_libvirtd() {
    rm -f /run/libvirtd.pid
    libvirtd -d 9>&-  # the daemon must not hold the test lock
    for _ in $(seq 200); do
        libvirtd_pid=$(pid_in /run/libvirtd.pid)
        alive "$libvirtd_pid" && [ -S /run/libvirt/libvirt-sock ] && return 0
        sleep 0.05
    done
    fail "libvirtd did not start"
}

stop_pid() {  # stop_pid PID NAME: SIGTERM, then SIGKILL after 10 s; the process is not our child
    local pid=$1
    alive "$pid" || return 0
    kill "$pid" 2> /dev/null || true
    for _ in $(seq 100); do alive "$pid" || return 0; sleep 0.1; done
    echo "teardown: $2 (pid $pid) ignored SIGTERM, killing it"
    kill -KILL "$pid" 2> /dev/null || true
}

remove_guests() {
    local guest qemu
    if alive "$libvirtd_pid"; then
        for guest in "${guests[@]}"; do
            "${virsh[@]}" destroy "$guest" > /dev/null 2>&1 || true
            "${virsh[@]}" undefine "$guest" > /dev/null 2>&1 || true
        done
    fi
    # Without a daemon (it failed to start again): stop QEMU by the pid libvirt recorded, if that
    # process really is this guest's QEMU, and drop the definitions.
    for guest in "${guests[@]}"; do
        qemu=$(pid_in "/run/libvirt/qemu/$guest.pid")
        if alive "$qemu" && tr '\0' ' ' < "/proc/$qemu/cmdline" | grep -q "guest=$guest,"; then
            stop_pid "$qemu" "QEMU of $guest"
        fi
        rm -f "/etc/libvirt/qemu/$guest.xml" "/run/libvirt/qemu/$guest".*
    done
}

restore_qemu_conf() {
    [ -f "$out/qemu.conf.orig" ] && cp -p "$out/qemu.conf.orig" "$qemu_conf"
    return 0
}

teardown() {
    local status=$?
    set +e
    step "teardown (exit status $status)"
    if [ -n "$libvirtd_pid" ] && ! alive "$libvirtd_pid" && ls /etc/libvirt/qemu/olv-*.xml > /dev/null 2>&1; then
        start_libvirtd 2> /dev/null  # to destroy and undefine guests the proper way
    fi
    remove_guests
    step "teardown: guests removed"
    stop_pid "$libvirtd_pid" libvirtd
    stop_pid "$virtlogd_pid" virtlogd
    rm -f "$state"
    restore_qemu_conf
    [ -n "$kvm_mode" ] && chgrp "${kvm_mode% *}" /dev/kvm && chmod "${kvm_mode#* }" /dev/kvm
    rm -rf "$certs"
    [ "$status" = 0 ] && echo "PASS: live tests" || echo "FAILED: live tests; results in $out"
    exit "$status"
}
trap teardown EXIT
trap 'exit 130' INT TERM

# ---- the hypervisor -------------------------------------------------------------------------------
step "install the build into $prefix"
cmake --install "$build" --prefix "$prefix" > "$out/install.log"
datastream=$prefix/share/xml/scap/oscap-virt/oscap-virt-ds.xml
bin=$prefix/bin/oscap-virt
[ -x "$bin" ] && [ -f "$datastream" ] || fail "the install lacks $bin or $datastream"

step "SPICE TLS certificates (openssl) and qemu.conf (backed up to $out/qemu.conf.orig)"
rm -rf "$certs"
mkdir -p "$certs"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$certs/ca-key.pem" -out "$certs/ca-cert.pem" \
    -days 2 -subj "/CN=oscap-virt live CA" 2> /dev/null
openssl req -newkey rsa:2048 -nodes -keyout "$certs/server-key.pem" -out "$certs/server.csr" \
    -subj "/CN=localhost" 2> /dev/null
openssl x509 -req -in "$certs/server.csr" -CA "$certs/ca-cert.pem" -CAkey "$certs/ca-key.pem" \
    -CAcreateserial -out "$certs/server-cert.pem" -days 2 2> /dev/null
rm -f "$certs/ca-key.pem" "$certs/server.csr"
chgrp libvirt-qemu "$certs/server-key.pem" 2> /dev/null || chgrp kvm "$certs/server-key.pem"
chmod 0640 "$certs/server-key.pem"
# A previous run killed before its teardown left its lines: drop them before the backup.
sed -i "/^$marker\$/,+2d" "$qemu_conf"
cp -p "$qemu_conf" "$out/qemu.conf.orig"
printf '%s\nspice_tls = 1\nspice_tls_x509_cert_dir = "%s"\n' "$marker" "$certs" >> "$qemu_conf"

if [ -e /dev/kvm ]; then
    # Without udev /dev/kvm is root-only, QEMU's capabilities look stale on every call and each
    # define re-probes QEMU for tens of seconds. Give it udev's permissions while we run.
    kvm_mode="$(stat -c '%g %a' /dev/kvm)"
    chgrp kvm /dev/kvm
    chmod 0660 /dev/kvm
fi

step "start virtlogd and libvirtd"
mkdir -p /var/log/libvirt
if ! alive "$(pid_in /run/virtlogd.pid)"; then
    virtlogd -d 9>&-
    for _ in $(seq 100); do virtlogd_pid=$(pid_in /run/virtlogd.pid); alive "$virtlogd_pid" && break; sleep 0.05; done
    alive "$virtlogd_pid" || fail "virtlogd did not start"
fi
start_libvirtd
echo "$libvirtd_pid $virtlogd_pid" > "$state"
echo "libvirtd pid $libvirtd_pid, virtlogd pid ${virtlogd_pid:-(not ours)}"
remove_guests  # leftovers of a run that could not tear down

domain() {  # domain NAME DEVICES [EXTRA]
    cat << XML
<domain type='qemu'>
  <name>$1</name>
  <memory unit='MiB'>64</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  <devices>$2</devices>
  ${3:-}
</domain>
XML
}

step "define and start four guests (TCG, 64 MiB, diskless)"
domain olv-plain "<graphics type='spice' autoport='yes'/><video><model type='qxl'/></video>" > "$out/olv-plain.xml"
domain olv-tls "<graphics type='spice' autoport='yes' defaultMode='secure'/><video><model type='qxl'/></video>" > "$out/olv-tls.xml"
domain olv-unconfined "" "<seclabel type='none'/>" > "$out/olv-unconfined.xml"
domain olv-hostdev "" > "$out/olv-hostdev.xml"
for guest in "${guests[@]}"; do
    "${virsh[@]}" define "$out/$guest.xml" > /dev/null
    "${virsh[@]}" start "$guest" > /dev/null
done
# PCI and USB passthrough can be defined but not started here: attached to the persistent
# definition only, they are config-vs-live drift.
cat > "$out/pci.xml" << 'XML'
<hostdev mode='subsystem' type='pci' managed='yes'>
  <source><address domain='0x0000' bus='0x00' slot='0x1f' function='0x0'/></source>
</hostdev>
XML
cat > "$out/usb.xml" << 'XML'
<hostdev mode='subsystem' type='usb' managed='no'>
  <source><vendor id='0x1d6b'/><product id='0x0002'/></source>
</hostdev>
XML
"${virsh[@]}" attach-device olv-hostdev "$out/pci.xml" --config > /dev/null
"${virsh[@]}" attach-device olv-hostdev "$out/usb.xml" --config > /dev/null
"${virsh[@]}" list --all
guest_count=$("${virsh[@]}" list --all --name | grep -c .)
[ "$guest_count" -ge 4 ] || fail "expected at least our 4 guests, libvirt lists $guest_count"
for guest in "${guests[@]}"; do
    [ "$("${virsh[@]}" domstate "$guest")" = running ] || fail "$guest is not running"
done

# The tailored profile keeps the profile id Foreman uses and only names the installed program:
# SCE's PATH is fixed and the temporary prefix is not on it.
tailoring=$out/tailoring.xml
cat > "$tailoring" << XML
<?xml version="1.0" encoding="UTF-8"?>
<xccdf:Tailoring xmlns:xccdf="http://checklists.nist.gov/xccdf/1.2" id="xccdf_org.oscapvirt_tailoring_live">
  <xccdf:version time="2026-01-01T00:00:00">1</xccdf:version>
  <xccdf:Profile id="$profile" extends="$profile">
    <xccdf:title>Virtualization host (live test)</xccdf:title>
    <xccdf:set-value idref="xccdf_org.oscapvirt_value_oscap_virt_bin">$bin</xccdf:set-value>
  </xccdf:Profile>
</xccdf:Tailoring>
XML

scan() {  # scan NAME [TAILORING]: oscap xccdf eval of the virt_host profile, ARF in $out/NAME.xml
    local status=0
    oscap xccdf eval --profile "$profile" --tailoring-file "${2:-$tailoring}" \
        --results-arf "$out/$1.xml" "$datastream" > "$out/$1.log" 2>&1 || status=$?
    case $status in 0 | 2) ;; *) cat "$out/$1.log"; fail "oscap exited $status in scan $1" ;; esac
    xmllint --noout "$out/$1.xml" || fail "scan $1: the ARF is not well-formed XML"
    python3 "$here/arf_check.py" results "$out/$1.xml"
}
check() { python3 "$here/arf_check.py" "$@" || failures=$((failures + 1)); }
failures=0

# sVirt by LSM (issue 12). AppArmor cannot be enabled in this kernel: on a machine with neither
# SELinux nor AppArmor active, only host_mac_confines_guests fails for the missing MAC, and
# libvirt's AppArmor template (libvirt-daemon-system) makes it an AppArmor host whose AppArmor
# rules tell what is missing: the SELinux rules do not apply.
expect_lsm_verdicts() {  # expect_lsm_verdicts ARF
    local arf=$1
    [ -e /sys/fs/selinux/enforce ] || [ -e /sys/kernel/security/apparmor/profiles ] && return 0
    check expect "$arf" host_mac_confines_guests fail "^result=fail selinux=disabled apparmor=inactive"
    [ -e /etc/apparmor.d/libvirt/TEMPLATE.qemu ] && [ ! -e /etc/selinux/config ] || return 0
    check expect "$arf" qemu_selinux_driver notapplicable
    check expect "$arf" guest_svirt_confined notapplicable
    check expect "$arf" guest_svirt_process_label notapplicable
    # The driver as qemu.conf names it (Debian ships it commented out: libvirt's probe decides).
    local driver="^result=fail security_driver=unset picks=none"
    grep -Eq '^[[:space:]]*security_driver[[:space:]]*=' "$qemu_conf" && driver="^result=(pass|fail) security_driver=[a-z,]+ from=qemu.conf"
    check expect "$arf" qemu_apparmor_driver fail "^result=fail apparmor=inactive" "$driver"
    # libvirt ran the guests without AppArmor: their live definitions carry no AppArmor label.
    check expect "$arf" guest_apparmor_confined fail \
        "^result=fail guest=olv-tls definition=live seclabel=none reason=\"running without an AppArmor label\"" \
        "^result=fail guest=olv-unconfined definition=persistent seclabel=\"type=none"
    check expect "$arf" guest_apparmor_process_label fail "^result=fail apparmor=inactive"
}

# What every scan of these guests must find, asserted for the rules this datastream has.
expect_verdicts() {  # expect_verdicts ARF SOURCE
    local arf=$1 source=$2 selinux_off=1
    [ -e /sys/fs/selinux/enforce ] && selinux_off=0
    check expect "$arf" guest_spice_requires_tls fail \
        "^result=fail guest=olv-plain definition=live " "^result=fail guest=olv-plain definition=persistent " \
        "^result=pass guest=olv-tls definition=live defaultMode=secure" "^source=$source "
    check expect "$arf" qemu_spice_tls pass
    if [ "$selinux_off" = 1 ] && [ -e /etc/selinux/config ]; then
        # An SELinux host booted without it: its sVirt rules apply and fail.
        check expect "$arf" guest_svirt_process_label fail "selinux"
        check expect "$arf" guest_svirt_confined fail
    fi
    expect_lsm_verdicts "$arf"
    check expect "$arf" guest_spice_no_plaintext_port fail \
        "^result=fail guest=olv-plain definition=live port=[0-9]" "^result=pass guest=olv-tls definition=live port=none"
    # Attached with --config only: in the persistent definition, not in the live one.
    check expect "$arf" guest_no_pci_passthrough fail \
        "^result=fail guest=olv-hostdev class=pci device=0000:00:1f.0 .*definitions=persistent drift="
    check expect "$arf" guest_no_usb_passthrough fail \
        "^result=fail guest=olv-hostdev class=usb device=1d6b:0002 .*definitions=persistent drift="
    # The assigned PCI device does not exist on this machine: error, never a pass.
    check expect "$arf" guest_pci_passthrough_vf error "^result=error guest=olv-hostdev device=0000:00:1f.0 "
    check guest-lists "$arf" "$datastream" "$guest_count" "$source"
}

step "scan 1: daemon up, profile virt_host through the installed datastream"
scan live
expect_verdicts "$out/live.xml" libvirt

step "scan 2: libvirtd stopped in the middle of the scan"
# The first native check stops the daemon while it reads the guests (it may see the daemon,
# a dying daemon or none); later ones find it gone. Every native rule must judge every guest
# (from the state files, saying so) or give error.
cat > "$out/oscap-virt-stopping-libvirtd" << SH
#!/bin/sh
count=\$(( \$(cat "$out/native-calls" 2>/dev/null || echo 0) + 1 ))
echo \$count > "$out/native-calls"
[ \$count = 1 ] && kill $libvirtd_pid &
exec "$bin" "\$@"
SH
chmod 0755 "$out/oscap-virt-stopping-libvirtd"
sed "s|>$bin<|>$out/oscap-virt-stopping-libvirtd<|" "$tailoring" > "$out/tailoring-midscan.xml"
scan midscan "$out/tailoring-midscan.xml"
for _ in $(seq 100); do alive "$libvirtd_pid" || break; sleep 0.1; done
alive "$libvirtd_pid" && fail "libvirtd survived the scan that stopped it"
echo "native checks run: $(cat "$out/native-calls"); libvirtd (pid $libvirtd_pid) stopped during the scan"
grep -q 'source=state-files' "$out/midscan.xml" || fail "no native check fell back to the state files"
check guest-lists "$out/midscan.xml" "$datastream" "$guest_count" any
check expect "$out/midscan.xml" guest_spice_requires_tls fail "guest=olv-plain"

step "scan 3: libvirtd down for the whole scan, guests still running"
scan down
expect_verdicts "$out/down.xml" state-files

step "restart libvirtd; the guest model through the API equals the one from the state files"
start_libvirtd
echo "$libvirtd_pid $virtlogd_pid" > "$state"
"$bin" --connect qemu:///system facts --json > "$out/facts-api.json"
"$bin" --connect none facts --json > "$out/facts-files.json"
python3 - "$out/facts-api.json" "$out/facts-files.json" << 'PY' || failures=$((failures + 1))
import json, sys
api, files = (json.load(open(path)) for path in sys.argv[1:3])
assert api["source"] == "libvirt", api["source_detail"]
assert files["source"] == "state-files", files["source_detail"]
by_name = lambda facts: {g["name"]: g for g in facts["guests"]}
a, f = by_name(api), by_name(files)
problems = []
if set(a) != set(f):
    problems.append("guests differ: api %s, files %s" % (sorted(a), sorted(f)))
for name in sorted(set(a) & set(f)):
    for key in ("running", "pid", "persistent", "live"):
        if a[name][key] != f[name][key]:
            problems.append("%s %s differs:\n  api   %s\n  files %s" % (name, key, a[name][key], f[name][key]))
# The live definitions' seclabel models as libvirt wrote them (virsh dumpxml) are the ones read.
import subprocess, xml.etree.ElementTree as ET
for name in ("olv-tls", "olv-unconfined"):
    dumped = ET.fromstring(subprocess.run(["virsh", "-q", "-c", "qemu:///system", "dumpxml", name],
                                          check=True, capture_output=True, text=True).stdout)
    models = [(l.get("model", ""), l.get("type", "")) for l in dumped.findall("seclabel")]
    read = [(l["model"], l["type"]) for l in a.get(name, {}).get("live", {}).get("seclabels", [])]
    print("%s live seclabels: libvirt %s, oscap-virt %s" % (name, models, read))
    if models != read:
        problems.append("%s: live seclabel models differ: libvirt %s, oscap-virt %s" % (name, models, read))
drift = a.get("olv-hostdev", {})
if not drift or [d["type"] for d in drift["persistent"]["hostdevs"]] != ["pci", "usb"] or drift["live"]["hostdevs"]:
    problems.append("olv-hostdev: expected pci+usb hostdevs in the persistent definition only: %s" % drift)
for problem in problems:
    print("FAIL:", problem)
if problems:
    sys.exit(1)
print("ok: %d guests, persistent and live definitions equal from libvirt and from the state files" % len(a))
PY

step "consumers: the ARF renders; the Foreman client's exact steps (public cloud profile)"
oscap xccdf generate report "$out/live.xml" > "$out/live-report.html" || fail "generate report rejected the live ARF"
sed "s|$profile|xccdf_org.oscapvirt_profile_virt_host_public_cloud|g" "$tailoring" > "$out/tailoring-cloud.xml"
"$here/foreman_client.sh" "$datastream" xccdf_org.oscapvirt_profile_virt_host_public_cloud \
    "$out/foreman" "$out/tailoring-cloud.xml" || failures=$((failures + 1))
bunzip2 -c "$out/foreman/results.xml.bz2" > "$out/cloud.xml"
check expect "$out/cloud.xml" guest_no_pci_passthrough fail "guest=olv-hostdev .*definitions=persistent"
check expect "$out/cloud.xml" guest_spice_requires_tls fail "guest=olv-plain"

[ "$failures" = 0 ] || fail "$failures assertion(s) failed"
step "all live assertions hold"
