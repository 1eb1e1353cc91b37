#!/usr/bin/python3
"""Differential test of oscap-virt's qemu-ga reading (model/qemu_ga.h: the [general] lists of
qemu-ga.conf through the GLib key file reader, and qemu-ga's getopt_long option parsing) against
Debian 12's qemu-ga itself (package qemu-guest-agent, QEMU 7.2): `QGA_CONF=FILE qemu-ga -D ARGS`
prints the configuration it would run with, block list included, or exits.

  qemu_ga_diff.py WORKDIR TEXT_READER_DUMP [COUNT]

For every generated configuration file and command line both must agree whether qemu-ga exits
(a file GLib refuses, an unknown, ambiguous or incomplete option, -h, -V, "-b help") and on the
block list (compared sorted: qemu-ga prepends each list's elements). The dump is read back with
GLib's own GKeyFile (python3-gi).
"""
import os
import random
import subprocess
import sys

import gi

gi.require_version("GLib", "2.0")
from gi.repository import GLib  # noqa: E402

sys.path.insert(0, os.path.dirname(__file__))
import difftest  # noqa: E402

QEMU_GA = "/usr/sbin/qemu-ga"
work, dump, count = difftest.arguments(300)
rng = random.Random(20261130)

RPCS = ["guest-exec", "guest-exec-status", "guest-file-open", "guest-file-read", "guest-ping"]
OPTIONS = ["-b", "--blacklist", "--block-rpcs", "--block", "--bl", "--b", "--blo", "--blac"]
OTHER = ["-v", "-r", "-d", "--verbose", "--retry-path", "--retry-path=1", "--d", "--ver", "-V",
         "-h", "-x", "--nope", "-F", "-F/x", "--fsfreeze-hook", "--fsfreeze-hook=/x", "-t",
         "/tmp", "--statedir", "-s", "-l", "/tmp/qga.log", "-mvirtio-serial", "--method=virtio-serial", "-p", "/dev/null",
         "--", "operand", "-", "-a", "--allow-rpcs=guest-ping", "-c", "--config", "-vr", "-rv"]


def rpc_list():
    names = [rng.choice(RPCS + ["", " guest-exec", "help", "a;b"]) for _ in range(rng.randint(1, 3))]
    return rng.choice([",", ",", ";", ", "]).join(names)


def arguments():
    args = []
    for _ in range(rng.randint(0, 4)):
        if rng.random() < 0.6:
            option = rng.choice(OPTIONS)
            value = rpc_list()
            if option == "-b":
                args += rng.choice([["-b", value], ["-b" + value], ["-vb" + value], ["-vb", value]])
            else:
                args += rng.choice([[option, value], [option + "=" + value]])
        else:
            # (a method other than virtio-serial without a path makes qemu-ga exit after
            # parsing: outside the option reading compared here)
            args.append(rng.choice(OTHER))
    return args


def config():
    if rng.random() < 0.2:
        return None
    lines = ["[%s]" % rng.choice(["general", "general", "other"])]
    for _ in range(rng.randint(0, 3)):
        key = rng.choice(["blacklist", "block-rpcs", "allow-rpcs", "statedir", "x"])
        value = "/tmp" if key == "statedir" else rpc_list()
        if rng.random() < 0.1:
            value += rng.choice(["\\", "\\x", "\\s", "\\t"])
        lines.append("%s%s=%s" % (key, rng.choice(["", " "]), value))
    if rng.random() < 0.1:
        lines.append(rng.choice(["garbage", "[general]", "# c"]))
    return "\n".join(lines) + "\n"


def oracle(conf_path, args):
    env = dict(os.environ, QGA_CONF=conf_path)
    run = subprocess.run([QEMU_GA, "-D"] + args, env=env, capture_output=True, timeout=20)
    text = run.stdout.decode("utf-8", "replace")
    if run.returncode != 0 or "[general]" not in text:
        return "exits"
    key_file = GLib.KeyFile()
    key_file.load_from_data(text, len(text.encode()), GLib.KeyFileFlags.NONE)
    value = key_file.get_string("general", "block-rpcs")
    names = [] if value == "" else value.split(",")
    return ("blocked " + ",".join(sorted(n.encode().hex() for n in names))).strip()


failures = 0
for i in range(count):
    conf_path = os.path.join(work, "case%05d.conf" % i)
    text = config()
    if text is not None:
        with open(conf_path, "w") as f:
            f.write(text)
    args = arguments()
    want = oracle(conf_path, args)
    got = subprocess.run([dump, "qemu_ga", conf_path] + args, capture_output=True,
                         check=True).stdout.decode().strip()
    if got != want:
        failures += 1
        if failures <= 10:
            print("MISMATCH case %d: args=%r conf=%r\n  qemu-ga: %s\n  model:   %s"
                  % (i, args, text, want, got))
print("%d cases, %d mismatches" % (count, failures))
sys.exit(1 if failures else 0)
