#!/usr/bin/env python3
"""Differential test of the /etc/selinux/config reader against libselinux itself.

Each generated or mutated config is placed at /etc/selinux/config inside a private mount
namespace (unshare -m, tmpfs over /etc/selinux: the host is not touched) and a small program
linked with libselinux prints selinux_getenforcemode() and selinux_getpolicytype(); oscap-virt's
reader prints the same for the same bytes.

selinux_config_diff.py WORKDIR READER_DUMP [COUNT]"""
import itertools
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import difftest  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

MODE_LINES = [
    b"SELINUX=enforcing", b"SELINUX=permissive", b"SELINUX=disabled", b"SELINUX=Enforcing",
    b"SELINUX=ENFORCING", b'SELINUX="enforcing"', b"SELINUX='enforcing'", b" SELINUX=enforcing",
    b"\tSELINUX=permissive", b"SELINUX = enforcing", b"SELINUX= enforcing", b"SELINUX=\tdisabled",
    b"selinux=enforcing", b"SELINUX=enforcingX", b"SELINUX=enforce", b"SELINUX=", b"SELINUX=#x",
    b"#SELINUX=enforcing", b"SELINUX=enforcing # comment", b"SELINUX=permissive\r",
    b"SELINUX=disabled\x00enforcing", b"SELINUX=\x00enforcing", b"export SELINUX=enforcing",
]
TYPE_LINES = [
    b"SELINUXTYPE=targeted", b"SELINUXTYPE=mls", b"SELINUXTYPE=minimum", b'SELINUXTYPE="targeted"',
    b"  SELINUXTYPE=targeted", b"selinuxtype=mls", b"SELINUXTYPE= targeted ", b"SELINUXTYPE = targeted",
    b"SELINUXTYPE=targeted\r", b"SELINUXTYPE=", b"#SELINUXTYPE=mls", b"SELINUXTYPE=tar geted",
    b"SELINUXTYPE=targeted\t\x01", b"SELINUXTYPE=\x00mls", b"SELINUXTYPE=default",
]
OTHER_LINES = [b"", b"# comment", b"SETLOCALDEFS=0", b"REQUIRESEUSERS=1", b"   ", b"garbage line"]
ATOMS = [b"SELINUX=", b"SELINUXTYPE=", b"enforcing", b"permissive", b"disabled", b"targeted",
         b"mls", b"\n", b" ", b"\t", b'"', b"#", b"\r", b"\x00", b"=", b"E"]


def generate(count, seed=10):
    rng = random.Random(seed)
    cases = [b"", b"\n", b"SELINUX=enforcing", b"SELINUX=enforcing\nSELINUXTYPE=targeted\n"]
    # Every mode line with every type line: the systematic part.
    for mode, kind in itertools.product(MODE_LINES, TYPE_LINES):
        cases.append(mode + b"\n" + kind + b"\n")
    # Duplicates and order: which of two settings libselinux keeps.
    for a, b in itertools.product(MODE_LINES[:12], repeat=2):
        cases.append(a + b"\n" + b + b"\n")
    for a, b in itertools.product(TYPE_LINES[:8], repeat=2):
        cases.append(b"SELINUX=enforcing\n" + a + b"\n" + b + b"\n")
    # Long lines: libselinux reads the mode in page-sized chunks.
    for pad in (4094, 4095, 4096, 4100):
        cases.append(b"#" + b"x" * (pad - 1) + b"SELINUX=enforcing\n")
        cases.append(b"X" * pad + b"\nSELINUX=permissive\n")
    # Random files from the line pools, then mutations of them.
    pool = MODE_LINES + TYPE_LINES + OTHER_LINES
    while len(cases) < count:
        lines = [rng.choice(pool) for _ in range(rng.randint(1, 6))]
        data = b"\n".join(lines) + rng.choice([b"", b"\n", b"\r\n"])
        if rng.random() < 0.6:
            data = difftest.mutate(rng, data, ATOMS)
        cases.append(data)
    return cases


def oracle_lines(work, paths):
    oracle = os.path.join(work, "selinux_config_oracle")
    subprocess.run(["cc", "-O1", "-o", oracle, os.path.join(HERE, "selinux_config_oracle.c"),
                    "-lselinux"], check=True)
    script = ('mount -t tmpfs oscap-virt-diff /etc/selinux || exit 1\n'
              'for f in "$@"; do cp "$f" /etc/selinux/config; "$ORACLE"; done\n')
    return difftest.run_lines(["unshare", "-m", "--propagation", "private", "sh", "-c", script,
                               "oracle"] + paths, env=dict(os.environ, ORACLE=oracle))


def main():
    work, reader, count = difftest.arguments(1500)
    paths = difftest.write_cases(work, generate(count))
    ours = difftest.run_lines([reader, "selinux"] + paths)
    theirs = oracle_lines(work, paths)
    return difftest.compare("selinux config", paths, ours, theirs)


if __name__ == "__main__":
    difftest.main_guard(main)
