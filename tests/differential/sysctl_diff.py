#!/usr/bin/env python3
"""Differential tests of the sysctl.d reader against systemd itself.

1. File selection and order: `systemd-analyze cat-config --root=CASE sysctl.d` lists the files
   systemd-sysctl reads; the reader must list the same, in the same order.
2. Assignment semantics: the real /lib/systemd/systemd-sysctl runs in a private mount and
   network namespace (unshare -m -n) with each case's directories mounted over the sysctl.d
   directories; the IPv4 forwarding switch of that empty network namespace is read back after
   starting once from 0 and once from 1 ("unset" when the two differ). The host's own sysctls
   are never written: every line of a generated file must name net.ipv4.ip_forward or
   net.ipv4.conf.<interface or glob>.forwarding, which are per network namespace, or the line
   is dropped before the program sees it.

sysctl_diff.py WORKDIR READER_DUMP [COUNT]"""
import os
import random
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import difftest  # noqa: E402

DIRS = ["etc/sysctl.d", "run/sysctl.d", "usr/local/lib/sysctl.d", "usr/lib/sysctl.d", "lib/sysctl.d"]
NAMES = ["10-a.conf", "50-default.conf", "50-default.conf", "99-sysctl.conf", "99-z.conf",
         "README", ".hidden.conf", "A.conf", "a.conf", "00-early.conf", "50-default.conf~"]
LINES = [
    b"net.ipv4.ip_forward = 1", b"net.ipv4.ip_forward = 0", b"net.ipv4.ip_forward=1",
    b"net/ipv4/ip_forward = 1", b"net.ipv4.conf.all.forwarding = 1", b"net.ipv4.conf.all.forwarding = 0",
    b"net/ipv4/conf/all/forwarding=0", b"net.ipv4.conf.*.forwarding = 1", b"net.ipv4.conf.*.forwarding = 0",
    b"-net.ipv4.conf.all.forwarding", b"-net.ipv4.ip_forward = 1", b"net.ipv4.conf.default.forwarding = 1",
    b"net.ipv4.conf.lo.forwarding = 1", b"net.ipv4.conf.a*.forwarding = 1", b"net.ipv4.ip_forward = yes",
    b"net.ipv4.ip_forward = 2", b"net.ipv4.ip_forward = 0x1", b"net.ipv4.ip_forward =", b"net.ipv4.ip_forward = 1 0",
    b"  net.ipv4.ip_forward = 1  ", b"; net.ipv4.ip_forward = 1", b"# net.ipv4.ip_forward = 1",
    b"net.ipv4.ip_forward", b"net..ipv4.ip_forward = 1", b"net.ipv4.conf.[ad]*.forwarding = 1",
    b"/net/ipv4/ip_forward = 1", b"net.ipv4.conf.?ll.forwarding = 1", b"",
]
ATOMS = [b"net.ipv4.", b"ip_forward", b"conf.all.forwarding", b"=", b"1", b"0", b"-", b"*", b"/", b".",
         b" ", b"\n", b"\r", b"#", b";", b"\x00"]
SAFE_KEY = re.compile(r"net/ipv4/(ip_forward|conf/[A-Za-z0-9_*?\[\]-]+/forwarding)")


def normalize(key):
    first = re.search(r"[/.]", key)
    if first and first.group() == ".":
        key = key[:first.start()] + key[first.start():].translate(str.maketrans("./", "/."))
    return "/".join(p for p in key.split("/") if p not in ("", "."))


def safe(data):
    """Only lines that write the per-namespace forwarding switches survive."""
    kept = []
    for piece in re.split(rb"[\n\r\x00]", data):
        text = piece.strip(b" \t")
        if not text or text[:1] in (b"#", b";"):
            kept.append(piece)
            continue
        if b".." in text or not re.fullmatch(rb"[A-Za-z0-9_.*?/\[\]= \t-]*", text):
            continue
        key = text.split(b"=", 1)[0].strip().lstrip(b"-").strip().decode()
        if SAFE_KEY.fullmatch(normalize(key)):
            kept.append(piece)
    return b"\n".join(kept) + b"\n"


def random_file(rng):
    data = b"\n".join(rng.choice(LINES) for _ in range(rng.randint(1, 5))) + rng.choice([b"\n", b"", b"\r\n"])
    if rng.random() < 0.4:
        data = difftest.mutate(rng, data, ATOMS)
    return safe(data)


def make_case(rng, path, dirs):
    for d in dirs:
        os.makedirs(os.path.join(path, d))
    for _ in range(rng.randint(0, 6)):
        d = os.path.join(path, rng.choice(dirs))
        name = rng.choice(NAMES)
        target = os.path.join(d, name)
        if os.path.lexists(target):
            continue
        kind = rng.random()
        if kind < 0.12:
            os.symlink("/dev/null", target)  # a mask
        elif kind < 0.2:
            open(target, "wb").close()
        else:
            with open(target, "wb") as f:
                f.write(random_file(rng))
    if rng.random() < 0.3:
        with open(os.path.join(path, "etc/sysctl.conf"), "wb") as f:
            f.write(random_file(rng))
        if rng.random() < 0.5 and not os.path.lexists(os.path.join(path, "etc/sysctl.d/99-sysctl.conf")):
            os.symlink("../sysctl.conf", os.path.join(path, "etc/sysctl.d/99-sysctl.conf"))


def cat_config_lines(paths):
    out = []
    for path in paths:
        r = subprocess.run(["systemd-analyze", "cat-config", "--no-pager", "--root=" + path, "sysctl.d"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=30)
        files = [line[2:].decode()[len(path):] for line in r.stdout.splitlines() if line.startswith(b"# /")]
        out.append("files " + "".join(f + " " for f in files) if r.returncode == 0 else "error")
    return out


ORACLE = r'''
set -e
mount -t tmpfs oscap-virt-diff /run
mkdir -p /run/sysctl.d
mount -t tmpfs oscap-virt-diff /usr/local/lib
mkdir -p /usr/local/lib/sysctl.d
: > /run/empty-sysctl.conf
set +e
for d in "$@"; do
  for sub in etc/sysctl.d run/sysctl.d usr/local/lib/sysctl.d usr/lib/sysctl.d; do
    mount --bind "$d/$sub" "/$sub" || exit 1
  done
  # 99-sysctl.conf -> ../sysctl.conf must reach the case's own file
  if [ -f "$d/etc/sysctl.conf" ]; then mount --bind "$d/etc/sysctl.conf" /etc/sysctl.conf
  else mount --bind /run/empty-sysctl.conf /etc/sysctl.conf; fi || exit 1
  r=""
  for start in 0 1; do
    echo $start > /proc/sys/net/ipv4/ip_forward
    /lib/systemd/systemd-sysctl >/dev/null 2>&1
    r="$r $(cat /proc/sys/net/ipv4/ip_forward)"
  done
  set -- $r "$@"
  if [ "$1" = "$2" ]; then echo "forwarding $1"; else echo "forwarding unset"; fi
  shift 2
  for sub in etc/sysctl.d run/sysctl.d usr/local/lib/sysctl.d usr/lib/sysctl.d etc/sysctl.conf; do umount "/$sub"; done
done
'''


def main():
    work, reader, count = difftest.arguments(400)
    rng = random.Random(30)
    selection, semantics = [], []
    for i in range(count):
        path = os.path.join(work, "select%05d" % i)
        make_case(rng, path, DIRS)
        if rng.random() < 0.2:  # a merged-/usr image: /lib is a link
            shutil.rmtree(os.path.join(path, "lib"))
            os.symlink("usr/lib", os.path.join(path, "lib"))
        selection.append(path)
        path = os.path.join(work, "apply%05d" % i)
        make_case(rng, path, DIRS[:4])  # /lib/sysctl.d is /usr/lib/sysctl.d on this host
        semantics.append(path)
    bad = difftest.compare("sysctl.d file selection", selection,
                           difftest.run_lines([reader, "sysctl-files"] + selection),
                           cat_config_lines(selection))
    theirs = difftest.run_lines(["unshare", "-m", "-n", "--propagation", "private", "sh", "-c",
                                 ORACLE, "oracle"] + semantics)
    bad += difftest.compare("sysctl.d assignments (IPv4 forwarding)", semantics,
                            difftest.run_lines([reader, "sysctl-forwarding"] + semantics), theirs)
    return bad


if __name__ == "__main__":
    difftest.main_guard(main)
