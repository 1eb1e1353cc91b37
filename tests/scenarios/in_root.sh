#!/bin/bash
# Runs a command chrooted into a fixture root, inside a private mount namespace that lends the
# root this machine's programs: the root's own /usr overlaid on this machine's (the root's
# files win; read-only), /bin /sbin /lib /lib64 bound read-only, /dev, and /etc/passwd and
# /etc/group when the root has none. With --proc a fresh /proc hides the root's fixture /proc
# (Ansible needs the real one; a scan inside the root needs the fixture's). Nothing outside
# the root changes, and the mounts vanish with the namespace.
#
# in_root.sh [--proc] ROOT COMMAND [ARG...]
set -euo pipefail
proc=0
if [ "${1:-}" = --proc ]; then proc=1; shift; fi
root=$1
shift
placeholders=()
for dir in bin sbin lib lib64 usr dev proc tmp etc; do mkdir -p "$root/$dir"; done
for file in etc/passwd etc/group; do
    if [ ! -e "$root/$file" ]; then : > "$root/$file"; placeholders+=("$root/$file"); fi
done
trap 'rm -f "${placeholders[@]}"' EXIT
chmod 1777 "$root/tmp"
status=0
unshare -m --propagation private bash -euc '
    root=$1 proc=$2 lend_accounts=$3
    shift 3
    mount -t overlay oscap-virt-usr -o "lowerdir=$root/usr:/usr" "$root/usr"
    for dir in bin sbin lib lib64; do
        if [ -d "/$dir" ] && [ ! -L "$root/$dir" ]; then mount --bind -o ro "/$dir" "$root/$dir"; fi
    done
    mount --rbind /dev "$root/dev"
    if [ "$proc" = 1 ]; then mount -t proc proc "$root/proc"; fi
    for file in $lend_accounts; do mount --bind "/$file" "$root/$file"; done
    exec chroot "$root" "$@"
' _ "$root" "$proc" "$(printf '%s ' "${placeholders[@]#"$root/"}")" "$@" || status=$?
exit "$status"
