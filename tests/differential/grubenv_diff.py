#!/usr/bin/python3
"""Differential test of oscap-virt's GRUB environment block reader against grub-editenv.

  grubenv_diff.py COUNT SEED CONFIG_DUMP WORKDIR

COUNT grubenv files are generated with a fixed SEED (well-formed blocks as grub-editenv writes
them, then mutated: escapes, '#' lines, a missing header or final newline, lines without '=',
names holding newlines, padding) and listed by `grub-editenv FILE list` (package grub-common:
GRUB's own grub-core/lib/envblk.c, which load_env uses at boot) and by oscap-virt's reader
(`config_dump grubenv FILE`). The printed variables must agree byte for byte; a block
grub-editenv refuses ("invalid environment block") must be refused by oscap-virt.
"""
import os
import random
import shutil
import subprocess
import sys

COUNT, SEED, DUMP, WORK = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
rng = random.Random(SEED)
HEADER = b"# GRUB Environment Block\n"

NAMES = [b"kernelopts", b"saved_entry", b"tuned_params", b"boot_success", b"menu_auto_hide", b"x",
         b"", b"a b", b"name\nsplit", b"kernel#opts", b"k\\v"]
VALUES = [b"root=UUID=0b6a1b0c ro selinux=0", b"root=LABEL=rootfs ro", b"", b"a\\\\b", b"a\\\nb",
          b"x=y=z", b"\"quoted\" 'single'", b"tab\there", b"#hash", b"\xff\xfe", b"trailing\\",
          b"enforcing=0 $var ${x}"]


def block():
    lines = []
    for _ in range(rng.randrange(0, 7)):
        r = rng.random()
        if r < 0.15:
            lines.append(rng.choice([b"# comment", b"#", b"#kernelopts=root=LABEL=x"]))
        elif r < 0.2:
            lines.append(rng.choice([b"no equals sign", b""]))
        else:
            lines.append(rng.choice(NAMES) + b"=" + rng.choice(VALUES))
    body = b"\n".join(lines) + (b"\n" if lines and rng.random() < 0.85 else b"")
    header = HEADER
    r = rng.random()
    if r < 0.05:
        header = b"# GRUB Environment block\n"
    elif r < 0.08:
        header = b""
    elif r < 0.1:
        header = HEADER[:-1]
    data = header + body
    if rng.random() < 0.6:  # grub-editenv pads the block to 1024 bytes with '#'
        data += b"#" * max(0, 1024 - len(data))
    if rng.random() < 0.1 and data:
        cut = rng.randrange(len(data))
        data = data[:cut]
    return data


def run(argv):
    return subprocess.run(argv, capture_output=True)


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    failures, compared, refused = [], 0, 0
    for n in range(COUNT):
        path = "%s/grubenv%03d" % (WORK, n)
        with open(path, "wb") as f:
            f.write(block())
        mine = run([DUMP, "grubenv", path])
        if mine.returncode != 0:
            raise SystemExit("config_dump failed: %s" % mine.stderr)
        theirs = run(["grub-editenv", path, "list"])
        compared += 1
        if theirs.returncode != 0:
            refused += 1
            if mine.stdout != b"refused\n":
                failures.append("%s: grub-editenv refused (%s), oscap-virt read %r" %
                                (path, theirs.stderr.decode(errors="replace").strip(), mine.stdout))
        elif mine.stdout != theirs.stdout:
            failures.append("%s: oscap-virt %r, grub-editenv %r" % (path, mine.stdout, theirs.stdout))
    print("grubenv: %d generated (seed %d): %d compared (%d refused by grub-editenv); %d disagreements"
          % (COUNT, SEED, compared, refused, len(failures)))
    for failure in failures[:15]:
        print("  " + failure)
    sys.exit(1 if failures else 0)


main()
