#!/usr/bin/env python3
"""Differential test of the Cyrus SASL configuration reader against libsasl2 itself.

Each generated or mutated file is libvirt.conf in a directory of its own; a small program linked
with libsasl2 (Debian libsasl2-dev, mechanisms from libsasl2-modules) points libsasl2's
configuration path at that directory, calls sasl_server_init for the application "libvirt" as
libvirt's server does, and prints what sasl_listmech offers, or "error" when libsasl2 refuses
the file. oscap-virt's reader gives the mech_list it reads; the mechanisms libsasl2 would offer
for it are those names that match an installed mechanism (compared without regard to case),
or every installed mechanism when mech_list is unset.

sasl_config_diff.py WORKDIR READER_DUMP [COUNT]"""
import itertools
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import difftest  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

MECH_LINES = [
    b"mech_list: gssapi", b"mech_list: plain", b"mech_list: PLAIN digest-md5", b"MECH_LIST: login",
    b"Mech_List: scram-sha-256 cram-md5", b"mech_list:plain", b"mech_list:\tplain\t", b"  mech_list: ntlm",
    b"\tmech_list: anonymous", b"mech_list : plain", b"mech_list", b"mech_list:", b"mech_list:   ",
    b"mech_list: gssapi,plain", b"mech_list: plain, login", b"mech_list: plain # login",
    b"#mech_list: plain", b"mech_list: plain\r", b"mech_list: plain\rlogin", b"mech_list: \rplain",
    b"mech-list: plain", b"mech_list: nosuch plain", b"mech_list: plain plain", b"mech_list: PlAiN\x0blogin",
    b"mech_list: plain\x0clogin", b"mech.list: plain", b"mech_list: SCRAM-SHA-1 scram-sha-512",
]
OTHER_LINES = [b"", b"# comment", b"keytab: /etc/libvirt/krb5.tab", b"sasldb_path: /etc/libvirt/passwd.db",
               b"log_level: 7", b"   ", b"\t#x", b"pwcheck_method: auxprop", b"garbage line", b"a:b",
               b":value", b"key_1-x: y"]
ATOMS = [b"mech_list", b":", b" ", b"\t", b"\n", b"\r", b"#", b"plain", b"login", b"gssapi", b",", b"\x0b",
         b"-", b"_", b"M"]


def generate(count, seed=23):
    rng = random.Random(seed)
    cases = [b"", b"\n", b"mech_list: plain", b"mech_list: plain\nmech_list: login\n"]
    for line in MECH_LINES:
        cases.append(line + b"\n")
        cases.append(line)
    # Which of two mech_list lines libsasl2 keeps.
    for a, b in itertools.product(MECH_LINES[:12], repeat=2):
        cases.append(a + b"\n" + b + b"\n")
    for a, b in itertools.product(OTHER_LINES, MECH_LINES[:6]):
        cases.append(a + b"\n" + b + b"\n")
    # Long lines: fgets reads 4095 bytes at a time.
    for pad in (4092, 4093, 4094, 4095, 4096, 8190):
        cases.append(b"a: " + b"x" * (pad - 3) + b"mech_list: plain\nmech_list: login\n")
        cases.append(b"#" + b"x" * (pad - 1) + b"mech_list: plain\n")
        cases.append(b"mech_list: login " + b" " * pad + b"plain\n")
    pool = MECH_LINES + OTHER_LINES
    while len(cases) < count:
        lines = [rng.choice(pool) for _ in range(rng.randint(1, 5))]
        data = rng.choice([b"\n", b"\r\n"]).join(lines) + rng.choice([b"", b"\n", b"\r\n"])
        if rng.random() < 0.6:
            data = difftest.mutate(rng, data, ATOMS)
        cases.append(data)
    return cases


def oracle_lines(work, paths):
    oracle = os.path.join(work, "sasl_config_oracle")
    subprocess.run(["cc", "-O1", "-o", oracle, os.path.join(HERE, "sasl_config_oracle.c"), "-lsasl2"],
                   check=True)
    dirs = []
    for path in paths:
        directory = path + ".d"
        os.makedirs(directory)
        if path != "":
            os.link(path, os.path.join(directory, "libvirt.conf"))
        dirs.append(directory)
    empty = os.path.join(work, "empty.d")
    os.makedirs(empty)
    lines = difftest.run_lines([oracle, empty] + dirs, env=dict(os.environ, LC_ALL="C"))
    return lines[0], lines[1:]


def offered(reading, installed):
    """What libsasl2 would list for the reader's reading of a file."""
    if reading in ("error", "refused"):
        return reading
    if reading == "unset":
        return "mechs=" + " ".join(sorted(installed))
    names = [bytes.fromhex(h).decode("latin-1").upper() for h in reading.split()[1:] if h != "-"]
    return "mechs=" + " ".join(sorted(n for n in names if n in installed))


def main():
    work, reader, count = difftest.arguments(1200)
    paths = difftest.write_cases(work, generate(count))
    readings = difftest.run_lines([reader, "sasl"] + paths)
    all_installed, theirs = oracle_lines(work, paths)
    installed = set(all_installed[len("mechs="):].split())
    if not {"PLAIN", "LOGIN", "DIGEST-MD5"} <= installed:
        print("libsasl2-modules is not installed: %s" % all_installed)
        return 1
    if len(readings) != len(paths) or len(theirs) != len(paths):
        print("%d inputs, reader gave %d lines, libsasl2 %d" % (len(paths), len(readings), len(theirs)))
        return 1
    kinds = {}
    for line in theirs:
        kind = line if line == "error" else "unset" if line == all_installed else "mech_list"
        kinds[kind] = kinds.get(kind, 0) + 1
    print("libsasl2: %s" % ", ".join("%s %d" % item for item in sorted(kinds.items())))
    ours, kept_paths, kept_theirs, refused = [], [], [], 0
    for path, reading, program in zip(paths, readings, theirs):
        if reading == "refused":  # bytes whose reading depends on the daemon's locale
            refused += 1
            continue
        ours.append(offered(reading, installed))
        kept_paths.append(path)
        kept_theirs.append(program if program == "error" else
                           "mechs=" + " ".join(sorted(program[len("mechs="):].split())))
    print("%d inputs the reader refuses by locale (not compared)" % refused)
    return difftest.compare("sasl config", kept_paths, ours, kept_theirs)


if __name__ == "__main__":
    difftest.main_guard(main)
