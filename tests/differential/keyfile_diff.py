#!/usr/bin/python3
"""Differential test of oscap-virt's GLib key file reader (model/keyfile.h; qemu-ga.conf,
NetworkManager) against GLib's own GKeyFile (python3-gi: g_key_file_load_from_data,
g_key_file_get_value, g_key_file_get_string) on generated and mutated files.

  keyfile_diff.py WORKDIR TEXT_READER_DUMP [COUNT]

For every file both must agree whether it loads, and on each group and key: its raw value (the
last assignment) and the string GLib returns for it, or that GLib refuses that string. GLib runs
in the C locale (translations kept: key[C]). Files that are not UTF-8 are not generated (Python
hands GLib a str).
"""
import random
import subprocess
import sys

import gi

gi.require_version("GLib", "2.0")
from gi.repository import GLib  # noqa: E402

sys.path.insert(0, __import__("os").path.dirname(__file__))
import difftest  # noqa: E402

work, dump, count = difftest.arguments(400)
rng = random.Random(20261129)

GROUPS = ["general", "General", "notes", "g r", "", "a[b", "x]", "é"]
KEYS = ["block-rpcs", "allow-rpcs", "blacklist", "verbose", "k", "k[de]", "k[C]", "k[c]", "k[]", "k]", "k[de]x", "Encoding", "k y", "méthode", ""]
VALUES = ["guest-exec,guest-file-open", "a;b;c;", "a\\;b", "\\sx\\s", "tab\\tnew\\nline",
          "bad\\x", "end\\", "1", "", "UTF-8", "utf-8 ", "latin1", "  lead", "trail  ", "\\\\", "é\\r", "UTF-8", "utf-8 ", "latin1"]
ATOMS = [b"\n", b"\r\n", b"\r", b"[", b"]", b"=", b" = ", b"#", b"\t", b"\\", b"\\s", b";",
         b"\xc3\xa9", b"\xff", b"\x01", b"[general]\n", b"\v", b"\f"]


def generate():
    lines = []
    for _ in range(rng.randint(0, 3)):
        lines.append(rng.choice(["# comment", "", "  # indented", "\t"]))
    for _ in range(rng.randint(1, 3)):
        group = rng.choice(GROUPS) if rng.random() < 0.2 else rng.choice(GROUPS[:4])
        tail = rng.choice(["", " ", "\t", "x"]) if rng.random() < 0.2 else rng.choice(["", " "])
        lines.append("%s[%s]%s" % (rng.choice(["", " ", "\t"]), group, tail))
        for _ in range(rng.randint(0, 5)):
            key = rng.choice(KEYS) if rng.random() < 0.2 else rng.choice(KEYS[:5])
            lines.append("%s%s%s=%s%s" % (rng.choice(["", " ", "\t"]), key,
                                          rng.choice(["", " ", "\t"]), rng.choice(["", " ", "\t"]),
                                          rng.choice(VALUES)))
            if rng.random() < 0.1:
                lines.append(rng.choice(["# note", "orphan line", "=x"]))
    data = "\n".join(lines).encode() + rng.choice([b"\n", b"", b"\r\n"])
    return difftest.mutate(rng, data, ATOMS) if rng.random() < 0.5 else data


def hexed(b):
    return "x" + b.hex()


def glib_reading(data):
    key_file = GLib.KeyFile()
    try:
        # GLib takes the bytes as they are; Python passes a str, so only valid UTF-8 reaches it
        key_file.load_from_data(data.decode("utf-8"), len(data), GLib.KeyFileFlags.NONE)
    except GLib.Error:
        return None
    lines = {}
    for group in key_file.get_groups()[0]:
        for key in key_file.get_keys(group)[0]:
            raw = key_file.get_value(group, key)
            try:
                string = hexed(key_file.get_string(group, key).encode())
            except GLib.Error:
                string = "!"
            lines[(group, key)] = " ".join([hexed(group.encode()), hexed(key.encode()),
                                            hexed(raw.encode()), string])
    return [lines[k] for k in sorted(lines, key=lambda k: (k[0].encode(), k[1].encode()))]


cases = []
while len(cases) < count:
    data = generate()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        continue  # see glib_reading
    if b"\0" in data:
        continue
    cases.append(data)
paths = difftest.write_cases(work, cases)
out = subprocess.run([dump, 'keyfile'] + paths, capture_output=True, text=True, check=True).stdout
ours = {}
for line in out.splitlines():
    path, _, rest = line.partition(": ")
    ours.setdefault(path, []).append(rest)
mismatches = 0
loaded = 0
for path, data in zip(paths, cases):
    theirs = glib_reading(data)
    mine = ours.get(path, [])
    mine = None if mine == ["refused"] else mine
    loaded += theirs is not None
    if mine != theirs:
        mismatches += 1
        if mismatches <= 10:
            print("MISMATCH %s %r\n  glib:      %s\n  oscap-virt: %s" % (path, data, theirs, mine))
print("%d files, %d loaded by GLib, %d mismatches" % (len(cases), loaded, mismatches))
sys.exit(1 if mismatches else 0)
