#!/usr/bin/python3
"""Differential test of oscap-virt's systemd environment file reader (model/env_file.h, the
EnvironmentFile= files of guest_agent_rpcs_blocked) against systemd's own parser
(src/basic/env-file.c parse_env_file_internal), run through Debian 12's
systemd-environment-d-generator (package systemd), which reads $XDG_CONFIG_HOME/environment.d/
*.conf with that parser and prints the result.

  env_file_diff.py WORKDIR TEXT_READER_DUMP [COUNT]

The generator's printout is read back by bash (it quotes values for a POSIX shell). Inputs hold
no '$' (the generator expands variables, EnvironmentFile= does not). The generator drops an
assignment whose value is empty (no character was read for it), which EnvironmentFile= keeps as
an empty value: an empty value the reader gives is not compared. Inputs the reader refuses
because systemd 252 and 254 read them differently (a line after a comment ending in a
backslash) are counted, not compared.
"""
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import difftest  # noqa: E402

GENERATOR = "/usr/lib/systemd/user-environment-generators/30-systemd-environment-d-generator"
work, dump, count = difftest.arguments(400)
rng = random.Random(20261130)

NAMES = ["KA", "KB", "KC", "K_1", "1K", "K-X", "K Y", "kd"]
VALUES = ["plain", "two words", "'single q'", "\"double q\"", "\"esc \\\" \\\\ \\` \\n\"",
          "tail   ", "a\\ b", "cont\\", "\"open", "'open", "x'y'z", "\"a\"'b'c", "#not comment",
          "é", ";semi", "", "  lead", "\"\"", "=eq"]
ATOMS = [b"\n", b"\r\n", b"\\", b"\\\n", b"\"", b"'", b"#", b";", b" ", b"\t", b"=", b"\xc3\xa9"]


def generate():
    lines = []
    for _ in range(rng.randint(1, 6)):
        choice = rng.random()
        if choice < 0.15:
            lines.append(rng.choice(["# comment", "; comment", "  # indented", "", "no equals"]))
        else:
            lines.append("%s%s%s=%s%s" % (rng.choice(["", " ", "\t"]), rng.choice(NAMES),
                                          rng.choice(["", " "]), rng.choice(["", " "]),
                                          rng.choice(VALUES)))
    data = "\n".join(lines).encode() + rng.choice([b"\n", b""])
    return difftest.mutate(rng, data, ATOMS) if rng.random() < 0.5 else data


def unquote(text):
    """A value as the generator prints it: bare, or in double quotes with C escapes."""
    if not text.startswith('"'):
        return text.encode()
    body, out, i = text[1:-1], bytearray(), 0
    simple = {"n": 10, "t": 9, "r": 13, "a": 7, "b": 8, "f": 12, "v": 11}
    while i < len(body):
        c = body[i]
        if c != "\\":
            out += c.encode()
            i += 1
            continue
        nxt = body[i + 1]
        if nxt in simple:
            out.append(simple[nxt])
            i += 2
        elif nxt == "x":
            out.append(int(body[i + 2:i + 4], 16))
            i += 4
        elif nxt in "01234567":
            out.append(int(body[i + 1:i + 4], 8))
            i += 4
        else:
            out += nxt.encode()
            i += 2
    return bytes(out)


def generator_output(home):
    run = subprocess.run([GENERATOR], env={"XDG_CONFIG_HOME": home}, capture_output=True,
                         timeout=20)
    values = {}
    for line in run.stdout.decode("utf-8", "replace").splitlines():
        name, _, value = line.partition("=")
        values[name] = unquote(value).hex()
    return values


HOME = os.path.join(work, "home")
os.makedirs(os.path.join(HOME, "environment.d"))
BASELINE = generator_output(HOME)  # the machine's own environment.d files


def systemd_reading(path):
    """NAME -> value (hex) as systemd's parser gives it."""
    target = os.path.join(HOME, "environment.d", "50-case.conf")
    with open(path, "rb") as src, open(target, "wb") as dst:
        dst.write(src.read())
    values = generator_output(HOME)
    os.unlink(target)
    return {name: value for name, value in values.items()
            if name not in BASELINE or BASELINE[name] != value}


failures = skipped = 0
for i in range(count):
    data = generate()
    if b"$" in data or b"\0" in data:
        data = data.replace(b"$", b"").replace(b"\0", b"")
    path = os.path.join(work, "case%05d" % i)
    with open(path, "wb") as f:
        f.write(data)
    got_text = subprocess.run([dump, "env_file", path], capture_output=True,
                              check=True).stdout.decode()
    if ": refused" in got_text:
        skipped += 1
        if "comment" not in got_text:
            try:
                data.decode("utf-8")
                failures += 1
                print("MISMATCH case %d: reader refuses valid UTF-8 %r: %s" % (i, data, got_text))
            except UnicodeDecodeError:
                pass
        continue
    got = {}
    for line in got_text.splitlines():
        _, _, rest = line.partition(": ")
        name, _, value = rest.partition(" x")
        got[name] = value
    want = systemd_reading(path)
    for name in [n for n, v in got.items() if v == ""]:  # dropped by the generator
        del got[name]
        want.pop(name, None)
    if got != want:
        failures += 1
        if failures <= 10:
            print("MISMATCH case %d: %r\n  systemd: %s\n  reader:  %s" % (i, data, want, got))
print("%d cases, %d refused (not compared), %d mismatches" % (count, skipped, failures))
sys.exit(1 if failures else 0)
