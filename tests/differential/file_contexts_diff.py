#!/usr/bin/python3
"""Differential test of oscap-virt's SELinux file contexts lookup (model/file_contexts.h,
guest_agent_selinux_confined) against libselinux itself: `matchpathcon -f FILE -m file PATH...`
(package selinux-utils) loads FILE, FILE.homedirs and FILE.local and prints each path's
context as selabel_lookup finds it for a regular file.

  file_contexts_diff.py WORKDIR TEXT_READER_DUMP [COUNT]

Both must agree whether libselinux refuses the files and on every path's context (<<none>>
for no match). A regular expression the reader cannot compile is counted, not compared (the
check reports error there).
"""
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import difftest  # noqa: E402

MATCHPATHCON = "/usr/sbin/matchpathcon"
work, dump, count = difftest.arguments(300)
rng = random.Random(20261130)

REGEXES = ["/usr/bin/qemu-ga", "/usr/(s)?bin/qemu-ga", "/usr/bin/.*", "/usr/bin/q.*",
           "/usr/s?bin/qemu-ga", "/usr/bin/qemu-g", "/usr/bin/qemu\\-ga", "/usr/libexec/qemu-ga(/.*)?",
           "/usr(/.*)?", "/usr/bin/qemu-ga|/opt/x", "/usr/bin/[a-z-]+", "/usr/bin/qemu-ga/.*",
           "/usr/bin(/[^/]*)?", "/usr/.*/qemu-ga", "/opt/.*", "/usr/bin/qemu-g[a-b]"]
TYPES = ["", "", "", "--", "-d", "-l", "-x"]
TYPES_ = ["bin_t", "virt_qemu_ga_exec_t", "usr_t", "x_t"]
PATHS = ["/usr/bin/qemu-ga", "/usr/sbin/qemu-ga", "/usr/bin/qemu-g", "/usr/libexec/qemu-ga",
         "/opt/x", "/usr/bin/qemu-ga/y", "/usr/bin", "/usr"]


def spec_line():
    fields = [rng.choice(REGEXES)]
    file_type = rng.choice(TYPES) if rng.random() < 0.97 else "-q"
    if file_type:
        fields.append(file_type)
    fields.append(rng.choice(["system_u:object_r:%s:s0" % rng.choice(TYPES_), "<<none>>"]))
    if rng.random() < 0.03:
        fields.append("extra")
    if rng.random() < 0.02:
        fields = fields[:1]
    sep = rng.choice(["\t", " ", "  "])
    return rng.choice(["", " "]) + sep.join(fields)


def write_set(base):
    for suffix in ["", ".homedirs", ".local"]:
        path = base + suffix
        if os.path.exists(path):
            os.unlink(path)
        if suffix and rng.random() < 0.4:
            continue
        lines = [spec_line() for _ in range(rng.randint(0, 5))]
        if rng.random() < 0.2:
            lines.insert(0, rng.choice(["# comment", "", "   "]))
        with open(path, "w") as f:
            f.write("\n".join(lines) + "\n")


failures = uncompared = 0
for i in range(count):
    base = os.path.join(work, "case%05d" % i, "file_contexts")
    os.makedirs(os.path.dirname(base))
    write_set(base)
    run = subprocess.run([MATCHPATHCON, "-f", base, "-m", "file"] + PATHS, capture_output=True)
    if run.returncode != 0:
        want = ["refused"]
    else:
        want = [line.replace("\t", " ") for line in run.stdout.decode().splitlines()]
    got = subprocess.run([dump, "file_contexts", base] + PATHS, capture_output=True,
                         check=True).stdout.decode().splitlines()
    if any(line.endswith(" !") for line in got):
        uncompared += 1
        continue
    if got != want:
        failures += 1
        if failures <= 8:
            print("MISMATCH case %d: %s\n  libselinux: %s\n  reader:     %s"
                  % (i, difftest.describe(os.path.dirname(base)), want, got))
print("%d cases, %d not compared, %d mismatches" % (count, uncompared, failures))
sys.exit(1 if failures else 0)
