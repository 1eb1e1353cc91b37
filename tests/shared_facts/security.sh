#!/bin/bash
# Shared facts are taken only from a server this user (root) started for this very scan.
#
# A fake oscap (a copy of bash named `oscap`, which is how oscap-virt recognises the scan it
# serves) runs native checks by hand, in a private mount namespace with a fresh /run so that the
# real /run/oscap-virt is never touched. First: the first check leaves a server, a later check
# gets its answer from it (the facts on disk have changed meanwhile, the answer has not), and the
# server is gone, socket and directory, when that oscap exits; a remediating scan (which
# evaluates again after changing the host) shares nothing. Then a server planted by another
# user (uid 65534), which answers every check with a pass, must be ignored: in a directory owned
# by that user, behind a symbolic link, in a directory others may write, as a socket file of that
# user in root's directory, and as root's socket file served by that user's process (SO_PEERCRED).
# Each time the check must collect by itself and give the unshared answer.
#
#   security.sh OSCAP_VIRT_BIN
set -euo pipefail
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "needs root (the runtime directory is root's)"
if [ -z "${OSCAP_VIRT_IN_NAMESPACE:-}" ]; then
    exec unshare -m env OSCAP_VIRT_IN_NAMESPACE=1 "$0" "$@"
fi
if ! mount --make-rprivate / || ! mount -t tmpfs -o mode=0755 tmpfs /run; then
    fail "cannot mount /run"
fi
work=$(mktemp -d /var/tmp/oscap-virt-security.XXXXXX)
stop_hostile() { [ ! -s "$work/hostile.pid" ] || kill "$(cat "$work/hostile.pid")" 2> /dev/null || true; }
trap 'stop_hostile; rm -rf "$work"' EXIT
cp /bin/bash "$work/oscap"
export ROOT=$work/root
mkdir -p "$ROOT"
(
    set -eu
    # shellcheck source=../scenarios/lib.sh
    . "$here/../scenarios/lib.sh"
    host_base
    define_guest plain "<graphics type='spice' autoport='yes'/>"
)
check=guest_spice_requires_tls
status=0
OSCAP_VIRT_SHARE_FACTS=no "$bin" --root "$ROOT" check $check > "$work/alone.txt" || status=$?
echo "alone: exit $status"; cat "$work/alone.txt"
[ "$status" = 102 ] || fail "the unshared check should fail"

# as_oscap SCRIPT: runs SCRIPT in the fake oscap with the root as oscap-chroot would give it;
# SCRIPT sees $bin, $check, $work and its oscap's socket name in $name.
export bin check work here
as_oscap() {
    OSCAP_PROBE_ROOT=$ROOT "$work/oscap" -c '
        set -e
        name="$$-$(sed "s/.*) //" /proc/$$/stat | cut -d" " -f20).sock"
        '"$1"
}

# ---- sharing works, and cleans up after itself ----
as_oscap '
    "$bin" check $check > "$work/first.txt" || echo $? > "$work/first.status"
    [ -S "/run/oscap-virt/$name" ] || { echo "no server socket after the first check"; exit 1; }
    mv "$ROOT/etc/libvirt/qemu" "$ROOT/etc/libvirt/qemu.moved"
    "$bin" check $check > "$work/second.txt" || echo $? > "$work/second.status"
    OSCAP_VIRT_SHARE_FACTS=no "$bin" check $check > "$work/moved.txt" || true
    mv "$ROOT/etc/libvirt/qemu.moved" "$ROOT/etc/libvirt/qemu"
' || fail "sharing"
cmp "$work/alone.txt" "$work/first.txt" || fail "the first check's answer differs from the unshared one"
cmp "$work/first.txt" "$work/second.txt" || fail "the second check was not answered from the shared facts"
[ "$(cat "$work/second.status")" = 102 ] || fail "shared answer: wrong exit status"
! cmp -s "$work/second.txt" "$work/moved.txt" || fail "the facts on disk did not change the unshared answer"
for _ in $(seq 200); do [ -e /run/oscap-virt ] || break; sleep 0.1; done
[ ! -e /run/oscap-virt ] || { ls -la /run/oscap-virt; fail "the server left /run/oscap-virt behind"; }
echo "ok: answered from the shared facts; the server removed its socket and directory"

# ---- a remediating scan changes the host between evaluations: nothing is shared ----
OSCAP_PROBE_ROOT=$ROOT "$work/oscap" -c '
    "$bin" check $check > /dev/null || true
    [ ! -e /run/oscap-virt ] || { ls -la /run/oscap-virt; exit 1; }' xccdf eval --remed ds.xml ||
    fail "a scan with --remediate shared its facts"
echo "ok: nothing shared in a scan with --remediate"

# ---- planted servers ----
hostile() {  # hostile SOCKET_PATH [UID]: another user's server answering "pass", ready
    # (the script on stdin: it may lie where that user cannot read)
    setpriv --reuid="${2:-65534}" --regid="${2:-65534}" --clear-groups /usr/bin/python3 - "$1" \
        < "$here/hostile_server.py" &
    echo $! > "$work/hostile.pid"
    for _ in $(seq 400); do [ -S "$1" ] && return 0; sleep 0.05; done
    fail "the hostile server did not start"
}
export -f hostile fail

# planted CASE SETUP: SETUP plants a server in the fake oscap (knowing its socket name), then
# the check runs and must give the unshared answer.
run_planted() {
    local status=0
    rm -rf /run/oscap-virt /run/elsewhere "$work/hostile.pid"
    as_oscap "$1"'
        "$bin" check $check > "$work/planted.txt" || exit $?' || status=$?
    stop_hostile
    return $status
}
# Control: root's own server in root's directory is trusted, so the planted one speaks the protocol.
status=0
run_planted '
    mkdir -m 0700 /run/oscap-virt
    hostile "/run/oscap-virt/$name" 0' || status=$?
[ "$status" = 101 ] && grep -q "planted=yes" "$work/planted.txt" ||
    fail "control: a server of root in root's directory was not asked (exit $status)"
echo "ok: control: root's own server is trusted"
planted() {
    local case=$1 status=0
    run_planted "$2" || status=$?
    [ "$status" = 102 ] && cmp -s "$work/alone.txt" "$work/planted.txt" ||
        { cat "$work/planted.txt"; fail "$case: the planted server was trusted (exit $status)"; }
    echo "ok: $case ignored"
}
planted "directory owned by another user" '
    mkdir -m 0700 /run/oscap-virt && chown 65534:65534 /run/oscap-virt
    hostile "/run/oscap-virt/$name"'
planted "directory behind a symbolic link" '
    mkdir -m 0700 /run/elsewhere && chown 65534:65534 /run/elsewhere
    ln -s /run/elsewhere /run/oscap-virt
    hostile "/run/elsewhere/$name"'
planted "directory others may write" '
    mkdir -m 0777 /run/oscap-virt
    hostile "/run/oscap-virt/$name"'
planted "another user's socket in root's directory" '
    mkdir -m 0777 /run/elsewhere && mkdir -m 0700 /run/oscap-virt
    hostile "/run/elsewhere/$name"
    mv "/run/elsewhere/$name" "/run/oscap-virt/$name"'
planted "root's socket served by another user" '
    mkdir -m 0777 /run/elsewhere && mkdir -m 0700 /run/oscap-virt
    hostile "/run/elsewhere/$name"
    mv "/run/elsewhere/$name" "/run/oscap-virt/$name" && chown 0:0 "/run/oscap-virt/$name"'
echo "PASS: shared facts are used only from this scan's own server"
