#!/usr/bin/env python3
"""Differential test of the unit enablement reader against `systemctl --root=CASE is-enabled`
(systemd 252) on generated unit trees: unit files in every search directory, empty files,
masks, wants/requires/upholds links under /etc and /run, vendor wants links, presets, links to
removed unit files; plain services, sockets, template instances (foo@bar.service from
foo@.service, also with a file of its own) and the template itself; regular files in wants
directories.

units_diff.py WORKDIR READER_DUMP [COUNT]"""
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import difftest  # noqa: E402

# (unit queried, unit file names that may exist, link names that may exist)
FAMILIES = [("auditd.service", ["auditd.service"], ["auditd.service"]),
            ("cups.socket", ["cups.socket"], ["cups.socket"]),
            ("foo@bar.service", ["foo@.service", "foo@bar.service"],
             ["foo@bar.service", "foo@baz.service"]),
            ("foo@.service", ["foo@.service"], ["foo@bar.service", "foo@.service"])]
FILE_DIRS = ["usr/lib/systemd/system", "lib/systemd/system", "usr/local/lib/systemd/system",
             "etc/systemd/system", "run/systemd/system"]
CONTENTS = [b"[Unit]\nDescription=a\n[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target\n",
            b"[Service]\nExecStart=/bin/true\n", b"", b"[Install]\nWantedBy=\n",
            b"[Service]\nExecStart=/bin/true\n[Install]\nAlso=auditd-rules.service\n",
            b"# [Install]\n[Unit]\nWantedBy=multi-user.target\n"]
DEP_DIRS = ["etc/systemd/system/multi-user.target.wants", "etc/systemd/system/foo.target.requires",
            "etc/systemd/system/bar.target.upholds", "run/systemd/system/multi-user.target.wants",
            "usr/lib/systemd/system/multi-user.target.wants", "etc/systemd/system/multi-user.target.d"]


def make_case(rng, path):
    unit, files, link_names = rng.choice(FAMILIES)
    os.makedirs(os.path.join(path, "usr/lib/systemd/system"))
    for d in rng.sample(FILE_DIRS, rng.randint(0, 2)):
        os.makedirs(os.path.join(path, d), exist_ok=True)
        with open(os.path.join(path, d, rng.choice(files)), "wb") as f:
            f.write(rng.choice(CONTENTS))
    if rng.random() < 0.25:
        d = rng.choice(["etc/systemd/system", "run/systemd/system"])
        os.makedirs(os.path.join(path, d), exist_ok=True)
        target = os.path.join(path, d, rng.choice(files))
        if os.path.lexists(target):
            os.remove(target)
        os.symlink("/dev/null", target)
    for d in rng.sample(DEP_DIRS, rng.randint(0, 2)):
        os.makedirs(os.path.join(path, d), exist_ok=True)
        name = rng.choice(link_names)
        dest = rng.choice(files)
        if rng.random() < 0.1:  # a regular file in a wants directory is no enablement link
            with open(os.path.join(path, d, name), "wb") as f:
                f.write(rng.choice(CONTENTS))
            continue
        os.symlink(rng.choice(["/usr/lib/systemd/system/" + dest, "../" + dest, "/nonexistent/" + dest]),
                   os.path.join(path, d, name))
    return unit
    if rng.random() < 0.2:
        os.makedirs(os.path.join(path, "usr/lib/systemd/system-preset"))
        with open(os.path.join(path, "usr/lib/systemd/system-preset/90-audit.preset"), "w") as f:
            f.write("enable %s\n" % unit)


def oracle(cases):
    out = []
    for path, unit in cases:
        r = subprocess.run(["systemctl", "--root=" + path, "is-enabled", unit],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=30)
        text = r.stdout.decode().strip()
        if not text and b"No such file or directory" in r.stderr:
            text = "not-found"
        out.append(text or "error")
    return out


def main():
    work, reader, count = difftest.arguments(300)
    rng = random.Random(int(os.environ.get("DIFF_SEED", "40")))
    cases = []
    for i in range(count):
        path = os.path.join(work, "case%05d" % i)
        cases.append((path, make_case(rng, path)))
    arguments = [part for case in cases for part in case]
    return difftest.compare("unit enablement", [path for path, _ in cases],
                            difftest.run_lines([reader, "unit-named"] + arguments), oracle(cases))


if __name__ == "__main__":
    difftest.main_guard(main)
