#!/usr/bin/python3
"""Differential test of oscap-virt's reading of lvm.conf and lvmlocal.conf (model/lvm_config.h,
facts/lvm_facts.cpp) against lvm2 itself (package lvm2), each case a directory given to lvm as
LVM_SYSTEM_DIR:

  - `lvmconfig --type current devices/KEY` for global_filter, filter, use_devicesfile and
    devicesfile: whether the files load, and each merged value as lvm writes it. lvmconfig reads
    only the configuration (checked with strace: no device is opened);
  - `pvs --nolocking` in a private mount namespace with empty /dev, /run and /sys (no device
    exists to scan): whether lvm can build its device filters ("Failed to create ... filter");
  - `lvm lvmdevices` in the same namespace: whether the devices file is off, missing, used or
    has an invalid name.

  lvm_conf_diff.py WORKDIR TEXT_READER_DUMP [COUNT]

Seeded generation (sections, path keys, repeated keys and sections, both files, arrays, single
quotes, escapes, comments, settings outside `devices`, filters with every delimiter and
expressions valid and not) and mutations. Cases the reader declines on purpose are counted, not
compared: host tags, a use_devicesfile default recorded in a comment (Debian's lvm is built with
default 0), bytes lvm would misuse (above 0x7f in a character class).
"""
import os
import random
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import difftest  # noqa: E402

work, dump, count = difftest.arguments(400)
rng = random.Random(int(os.environ.get("LVM_DIFF_SEED", "20261130")))
KEYS = ["global_filter", "filter", "use_devicesfile", "devicesfile"]
REGEX_ATOMS = ["^/dev/sd[a-z]$", ".*", "/dev/vg0/", "(a|b)", "a)", "(b", "[abc", "x*+?", "|", "a||b",
               "\\", "[^x]", "a\\|b", "()", "[]", "(|a)", "^$", "[a-]", "[-z]", "\\n", "sd.", "*",
               "+a", "?", "[\\]]", "((x))", "$", "[z-a]", "/", "\"", "'", "a b", "#", "{", "}"]
DELIMS = ["|", "/", "#", "(", "[", "{", "!", "a", "\"", "'", "x"]
CLOSE = {"(": ")", "[": "]", "{": "}"}
ATOMS = [b"{", b"}", b"[", b"]", b"=", b",", b'"', b"'", b"#", b"\n", b" ", b"\\", b"/", b"r|",
         b"a|", b"|", b"(", b")", b"devices", b"global_filter", b"use_devicesfile = 1", b"tags",
         b"0x1", b".5", b"-1"]


def quoted(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def regex():
    return "".join(rng.choice(REGEX_ATOMS) for _ in range(rng.randint(0, 3)))


def filter_entry():
    kind = rng.choice("aarrr") if rng.random() < 0.95 else rng.choice(["x", "", "A"])
    d = rng.choice(DELIMS)
    close = CLOSE.get(d, d) if rng.random() < 0.92 else rng.choice(DELIMS)
    text = kind + d + regex() + close
    if rng.random() < 0.03:
        text = kind + rng.choice(["", "|"])
    if "'" not in text and rng.random() < 0.15:
        return "'" + text + "'"
    return quoted(text)


def filter_value():
    r = rng.random()
    if r < 0.15:
        return filter_entry()
    if r < 0.2:
        return rng.choice(["[]", "[ ]", "1", "[ 1, \"a|.*|\" ]", "\"\""])
    items = [filter_entry() for _ in range(rng.randint(1, 4))]
    return "[ " + rng.choice([", ", ",", " , ", " "]).join(items) + " ]"


def switch_value():
    return rng.choice(["0", "1", "1", "\"yes\"", "\"no\"", "\"On\"", "\"off\"", "\"TRUE\"", "\"y\"",
                       "\"maybe\"", "010", "-1", "+0", "00", "1.5", "0.0", "[ 1 ]", "[ 0, 1 ]", "[]",
                       "'1'", "\"1\"", "2", "08"])


def name_value():
    return rng.choice(["\"system.devices\"", "\"host.devices\"", "\"a/b\"", "\"\"", "\".\"", "\"..\"",
                       "\"x y\"", "\"-x\"", "1", "'host.devices'", "[ \"host.devices\" ]"])


def setting():
    key = rng.choice(KEYS + ["global_filter", "use_devicesfile", "scan"])
    value = {"global_filter": filter_value, "filter": filter_value, "use_devicesfile": switch_value,
             "devicesfile": name_value}.get(key, lambda: "[ \"/dev\" ]")()
    return key, value


def sep():
    return rng.choice(["\n", " ", "\n\t", "  # note = 1\n", "\n# comment { } = \"\n"])


def config_file():
    parts = []
    for _ in range(rng.randint(0, 3)):
        r = rng.random()
        if r < 0.6:
            body = sep().join("%s = %s" % setting() for _ in range(rng.randint(0, 4)))
            parts.append("devices {%s%s%s}" % (sep(), body, sep()))
        elif r < 0.8:
            key, value = setting()
            parts.append("%sdevices/%s = %s" % (rng.choice(["", "/", "//"]), key, value))
        elif r < 0.9:
            key, value = setting()
            parts.append("%s { %s = %s }" % (rng.choice(["activation", "global", "config"]), key, value))
        else:
            parts.append(rng.choice(["global { umask = 077 }", "backup { backup = 1 }",
                                     "devices { sub { global_filter = \"r|.*|\" } }",
                                     "devices { global_filter { a = 1 } }"]))
    data = (sep().join(parts) + rng.choice(["\n", "", "\n# end\n"])).encode()
    return difftest.mutate(rng, data, ATOMS) if rng.random() < 0.2 else data


def make_case(i):
    path = os.path.join(work, "case%05d" % i)
    os.makedirs(path)
    for name in ("lvm.conf", "lvmlocal.conf"):
        if rng.random() < (0.85 if name == "lvm.conf" else 0.5):
            with open(os.path.join(path, name), "wb") as f:
                f.write(config_file())
    if rng.random() < 0.6:
        os.makedirs(os.path.join(path, "devices"))
        for name in rng.sample(["system.devices", "host.devices"], rng.randint(1, 2)):
            with open(os.path.join(path, "devices", name), "w") as f:
                f.write("VERSION=1.1.1\nIDTYPE=devname IDNAME=/dev/sdz DEVNAME=/dev/sdz "
                        "PVID=abcdefghijklmnopqrstuvwxyz012345\n")
    return path


ENV = {"PATH": os.environ["PATH"], "LVM_SUPPRESS_FD_WARNINGS": "1", "LC_ALL": "C"}
NAMESPACE = ("mount -t tmpfs none /dev && mount -t tmpfs none /run && mount -t tmpfs none /sys || exit 99\n"
             "LVM_SYSTEM_DIR=$1 timeout 10 pvs --nolocking 2>&1; echo \"@@pvs=$?\"\n"
             "LVM_SYSTEM_DIR=$1 timeout 10 lvm lvmdevices 2>&1; echo \"@@lvmdevices=$?\"\n")


def lvm_reading(path):
    """What lvm makes of the case: the same lines as text_reader_dump lvmconf (or None where
    lvm answers nothing comparable)."""
    env = dict(ENV, LVM_SYSTEM_DIR=path)
    lines = {}
    for key in KEYS:
        out = subprocess.run(["lvmconfig", "--type", "current", "devices/" + key], env=env,
                             stdin=subprocess.DEVNULL, capture_output=True, text=True, errors="replace")
        if "Failed to load config file" in out.stderr:
            return {"load": "refused"}
        if out.returncode == 0:
            first = out.stdout.splitlines()[0] if out.stdout else ""
            lines[key] = "{" if first.rstrip().endswith("{") else first.partition("=")[2]
        elif "not found" in out.stderr:
            lines[key] = "-"
        else:
            lines[key] = "?lvmconfig status %d: %s" % (out.returncode, out.stderr.strip()[-200:])
    ns = subprocess.run(["unshare", "-m", "sh", "-c", NAMESPACE, "sh", path], env=ENV,
                        stdin=subprocess.DEVNULL, capture_output=True, text=True, errors="replace")
    if "@@lvmdevices=" not in ns.stdout:
        raise SystemExit("namespace setup failed: %s %s" % (ns.stdout, ns.stderr))
    pvs, _, devices = ns.stdout.partition("@@pvs=")
    pvs_status = int(devices.split("\n", 1)[0])
    devices = devices.split("\n", 1)[1]
    if re.search(r"Failed to create (global )?regex device filter", pvs):
        lines["filters"] = "invalid"
    elif pvs_status == 0:
        lines["filters"] = "ok"
    else:
        lines["filters"] = None  # failed before building filters
    dev_status = int(devices.rsplit("@@lvmdevices=", 1)[1].strip())
    if "Devices file not enabled" in devices:
        lines["devices"] = "off"
    elif "Devices file does not exist" in devices:
        lines["devices"] = "missing"
    elif "Invalid devices file name" in devices:
        lines["devices"] = "invalid-name"
    elif dev_status in (139, -11) or "Segmentation" in devices:
        lines["devices"] = "crash"
    elif dev_status == 0:
        lines["devices"] = "used"
    else:
        lines["devices"] = None
    return lines


def main():
    paths = [make_case(i) for i in range(count)]
    ours = {}
    out = subprocess.run([dump, "lvmconf"] + paths, capture_output=True, text=True, errors="replace",
                         check=True).stdout
    for line in out.splitlines():
        path, _, rest = line.partition(": ")
        key, eq, value = rest.partition("=")
        ours.setdefault(path, {})["load" if not eq else key] = value if eq else key
    bad = declined = refused = 0
    compared = {"load": 0, "values": 0, "filters": 0, "devices": 0}
    outcomes = {}
    for path in paths:
        mine = ours.get(path, {})
        if mine.get("load") == "tags":
            declined += 1
            continue
        theirs = lvm_reading(path)
        problems = []
        if theirs.get("load") == "refused" or mine.get("load") == "refused":
            compared["load"] += 1
            refused += theirs.get("load") == "refused"
            if theirs.get("load") != mine.get("load"):
                problems.append("load: lvm %s, reader %s" % (theirs.get("load", "loads"), mine.get("load", "loads")))
        else:
            compared["values"] += 1
            for key in KEYS:
                if theirs[key] != mine.get(key):
                    problems.append("%s: lvm %r, reader %r" % (key, theirs[key], mine.get(key)))
            # what the reader declines on purpose, per judgement: filters lvm would misuse, a
            # default recorded in a comment (Debian's lvm is built with default 0)
            for kind, declined_value in (("filters", "unsafe"), ("devices", "default-recorded")):
                if mine.get(kind) == declined_value:
                    declined += 1
                elif theirs[kind] is not None:
                    compared[kind] += 1
                    outcome = "%s %s" % (kind, theirs[kind])
                    outcomes[outcome] = outcomes.get(outcome, 0) + 1
                    if theirs[kind] != mine.get(kind):
                        problems.append("%s: lvm %s, reader %s" % (kind, theirs[kind], mine.get(kind)))
        if problems:
            bad += 1
            if bad <= 15:
                print("MISMATCH %s\n  input: %s\n  %s" % (path, difftest.describe(path), "\n  ".join(problems)))
    print("%d cases: %d refused by lvm, compared %s (lvm's answers: %s), %d declined on purpose, "
          "%d mismatches" % (len(paths), refused, compared, dict(sorted(outcomes.items())), declined, bad))
    return bad


difftest.main_guard(main)
