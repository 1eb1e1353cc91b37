#!/usr/bin/env python3
"""modprobe.d differential: oscap-virt's reader (facts::read_modprobe_options) against kmod's
own `modprobe -c` (Debian package kmod) on generated roots.

Each root spreads files over the five directories kmod reads (same names in several of them,
names kmod skips, continuation lines, comments, dashes in module names, bracket patterns,
mutated bytes). kmod is given the root's directories with -C in its priority order, so it reads
exactly what it would read at those paths on the judged host; both sides list every options
line kept, in order, as HEX(MODULE)=HEX(OPTIONS).

    modprobe_diff.py WORKDIR READER_DUMP [COUNT]
"""
import os
import random
import subprocess

import difftest

DIRS = ["etc/modprobe.d", "run/modprobe.d", "usr/local/lib/modprobe.d", "usr/lib/modprobe.d",
        "lib/modprobe.d"]
NAMES = ["kvm.conf", "a.conf", "zz.conf", "kvm.alias", "kvm.conf.bak", ".hidden.conf", ".conf",
         "x.conf", "nested.conf"]
LINES = [
    b"options kvm_intel nested=1", b"options kvm-amd nested=0 # was nested=1",
    b"#options kvm_intel nested=1", b"  options\tkvm_intel\tnested=Y", b"options kvm_intel \\",
    b"  nested=1 \\", b"options kvm_intel", b"options  kvm_intel  ept=1  nested=N ",
    b"alias kvm-x kvm_intel", b"options kvm[_-]intel nested=1", b"options kvm]amd nested=1",
    b"\\#options kvm_intel nested=1", b"  # options kvm_amd nested=1", b"", b"   ",
    b"options kvm_amd \"nested=1\"", b"blacklist kvm_amd", b"options\tkvm-intel\tnested=on\t",
    b"options kvm_intel nested=1\\", b"install kvm_amd /bin/false", b"options",
    b"options kvm_amd nested=0 nested=1", b"options kvm_intel\\\\ nested=1",
]


def make_root(rng, root):
    for _ in range(rng.randint(0, 6)):
        d = os.path.join(root, rng.choice(DIRS))
        os.makedirs(d, exist_ok=True)
        lines = [rng.choice(LINES) for _ in range(rng.randint(0, 6))]
        data = b"\n".join(lines) + (b"\n" if rng.random() < 0.8 else b"")
        if rng.random() < 0.3:
            data = difftest.mutate(rng, data, LINES + [b"\\\n", b"\t", b"#", b"-", b"\n"])
        with open(os.path.join(d, rng.choice(NAMES)), "wb") as f:
            f.write(data)


def kmod_options(root, empty):
    """The options lines `modprobe -c` prints for the root's directories, kernel command line
    options (appended last, from this machine's /proc/cmdline) removed by the caller."""
    cmd = ["modprobe", "-d", empty]
    for d in DIRS:
        cmd += ["-C", os.path.join(root, d)]
    out = subprocess.run(cmd + ["-c"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
    out = out.split(b"\n# End of configuration files", 1)[0]
    entries = []
    for line in out.split(b"\n"):
        if line.startswith(b"options "):
            module, _, options = line[len(b"options "):].partition(b" ")
            entries.append(module.hex() + "=" + options.hex())
    return entries


def main():
    work, reader, count = difftest.arguments(400)
    rng = random.Random(20261130)
    empty = os.path.join(work, "empty")
    os.makedirs(empty)
    baseline = len(kmod_options(empty, empty))  # this machine's kernel command line options
    roots, theirs = [], []
    for i in range(count):
        root = os.path.join(work, "root%04d" % i)
        os.makedirs(root)
        make_root(rng, root)
        entries = kmod_options(root, empty)
        entries = entries[:len(entries) - baseline]
        roots.append(root)
        theirs.append(" ".join(entries) if entries else "none")
    ours = difftest.run_lines([reader, "modprobe"] + roots)
    return difftest.compare("modprobe.d", roots, ours, theirs)


difftest.main_guard(main)
