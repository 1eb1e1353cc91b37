#!/usr/bin/env python3
"""Differential test of the xinetd configuration reader against xinetd 2.3.15 itself
(Debian package xinetd, fetched with `apt-get download` and unpacked, never installed):
`xinetd -d -dontfork -f FILE` parses the configuration and dumps every service it keeps
("Service configuration: NAME") before it starts listening. It runs in a private user and
network namespace (unshare -rn), so its sockets bind nothing on the machine, under script(1)
because debug mode writes to /dev/tty, and is stopped as soon as it reports "Started working".

Generated inputs: xinetd.conf with defaults (enabled/disabled lists), inline services,
include files and includedir directories whose file names contain dots or end in '~',
`disable = yes|YES|no`, `id =`, comments and blank lines. Where the reader refuses a file
(stricter than xinetd) the case is not compared; at most a quarter may be refused.

xinetd_diff.py WORKDIR READER_DUMP [COUNT]"""
import glob
import os
import random
import signal
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import difftest  # noqa: E402

NAMES = ["telnet", "login", "shell", "exec", "vnc", "time", "echo", "rsync", "tftp", "chargen"]


def service(rng, name, port):
    lines = ["service %s" % name, "{", "\ttype = UNLISTED", "\tport = %d" % port,
             "\tsocket_type = stream", "\tprotocol = tcp", "\twait = no", "\tuser = root",
             "\tserver = /bin/true"]
    r = rng.random()
    if r < 0.25:
        lines.append("\tdisable = yes")
    elif r < 0.35:
        lines.append("\tdisable\t=\tYES")
    elif r < 0.5:
        lines.append("\tdisable = no")
    if rng.random() < 0.1:
        lines.append("\tid = %s-x" % name)
    if rng.random() < 0.2:
        lines.insert(rng.randint(2, len(lines)), rng.choice(["# disable = yes", "", "   # note"]))
    lines.append("}")
    return "\n".join(lines) + "\n"


def make_case(rng, path):
    os.makedirs(path)
    names = rng.sample(NAMES, rng.randint(1, 6))
    ports = iter(range(7000, 7100))
    main = []
    if rng.random() < 0.4:
        attrs = ["\tinstances = 30"]
        if rng.random() < 0.5:
            attrs.append("\tdisabled = " + " ".join(rng.sample(NAMES, 2)))
        if rng.random() < 0.3:
            attrs.append("\tenabled = " + " ".join(rng.sample(NAMES, 3)))
        main.append("defaults\n{\n" + "\n".join(attrs) + "\n}\n")
    incdir = os.path.join(path, "xinetd.d")
    os.makedirs(incdir)
    main.append("includedir %s\n" % incdir)
    for name in names:
        where = rng.random()
        text = service(rng, name, next(ports))
        if where < 0.3:
            main.append(text)
        elif where < 0.45:
            inc = os.path.join(path, "inc-" + name)
            with open(inc, "w") as f:
                f.write(text)
            main.append("include %s\n" % inc)
        else:
            fname = name + rng.choice(["", "", "", ".rpmsave", "~", ".conf", "-local"])
            with open(os.path.join(incdir, fname), "w") as f:
                f.write(text)
    rng.shuffle(main)
    with open(os.path.join(path, "xinetd.conf"), "w") as f:
        f.write("# generated\n\n" + "".join(main))
    return os.path.join(path, "xinetd.conf")


def fetch_xinetd(work):
    unpacked = os.path.join(work, "xinetd-pkg")
    subprocess.run(["apt-get", "download", "xinetd"], cwd=work, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deb = glob.glob(os.path.join(work, "xinetd_*.deb"))[0]
    subprocess.run(["dpkg-deb", "-x", deb, unpacked], check=True)
    return os.path.join(unpacked, "usr/sbin/xinetd")


def oracle(xinetd, conf):
    # script(1) gives its child a session of its own, out of reach of killpg below; xinetd
    # ignores the hangup that ends script's child: --kill-child takes xinetd down with unshare.
    cmd = "exec unshare -rn --fork --kill-child %s -d -dontfork -f %s" % (xinetd, conf)
    proc = subprocess.Popen(["script", "-qec", cmd, "/dev/null"], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                            start_new_session=True)
    names = []
    try:
        for raw in proc.stdout:
            line = raw.decode(errors="replace").strip()
            if line.startswith("Service configuration: "):
                names.append(line.split(": ", 1)[1])
            if "Started working" in line or "exiting" in line:
                break
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    return " ".join(sorted(names)) or "none"


def main():
    work, reader, count = difftest.arguments(60)
    xinetd = fetch_xinetd(work)
    rng = random.Random(int(os.environ.get("DIFF_SEED", "41")))
    confs = [make_case(rng, os.path.join(work, "case%05d" % i)) for i in range(count)]
    ours = difftest.run_lines([reader, "xinetd"] + confs)
    compared = [(c, o) for c, o in zip(confs, ours) if o != "error"]
    refused = len(confs) - len(compared)
    print("xinetd: reader refused %d of %d configurations" % (refused, len(confs)))
    bad = difftest.compare("xinetd services", [c for c, _ in compared], [o for _, o in compared],
                           [oracle(xinetd, c) for c, _ in compared])
    return bad + (1 if refused * 4 > len(confs) else 0)


if __name__ == "__main__":
    difftest.main_guard(main)
