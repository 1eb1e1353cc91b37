#!/usr/bin/python3
"""Differential test of the readers behind the device-label rules against the real programs.

  label_diff.py KIND COUNT SEED READER_DUMP WORKDIR

KIND is fstab, crypttab or shell. COUNT files are generated (then mutated) with a fixed SEED and
read by oscap-virt (READER_DUMP) and by:

  fstab     util-linux findmnt --fstab -F FILE -J -o SOURCE,TARGET (libmount);
  crypttab  systemd-cryptsetup-generator with SYSTEMD_CRYPTTAB=FILE: the device of each
            generated systemd-cryptsetup@NAME.service (its ExecStart), i.e. after tag
            conversion;
  shell     bash sourcing the files in order (as dracut and mkinitramfs do) and printing the
            variables; files bash reports an error for, and files oscap-virt refuses (commands,
            command substitution), are compared only for refusal by oscap-virt when bash fails.
"""
import json
import os
import random
import re
import shutil
import subprocess
import sys

KIND, COUNT, SEED, DUMP, WORK = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
rng = random.Random(SEED)


def run(argv, **kw):
    return subprocess.run(argv, capture_output=True, text=True, **kw)


def mutate(lines):
    lines = list(lines)
    for _ in range(rng.choice([0, 0, 1, 2])):
        if not lines:
            break
        i = rng.randrange(len(lines))
        what = rng.randrange(4)
        if what == 0:
            del lines[i]
        elif what == 1:
            lines.insert(i, lines[i])
        elif what == 2:
            lines[i] = lines[i][: rng.randrange(len(lines[i]) + 1)]
        else:
            lines[i] = rng.choice([" ", "\t", "  #", "#"]) + lines[i]
    return lines


SOURCES = ["LABEL=root", "UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11", "PARTLABEL=data", "label=low",
           "/dev/disk/by-label/x\\040y", "/dev/mapper/vg-root", "PARTUUID=1234-01", 'LABEL="q"',
           "/dev//disk/by-label/z", "tmpfs", "Label=Mixed", "/dev/sda1"]
TARGETS = ["/", "/srv", "/sp\\040ace", "none", "/var/lib/libvirt/images", "swap"]


def gen_fstab(path):
    lines = []
    for _ in range(rng.randrange(1, 8)):
        fields = [rng.choice(SOURCES), rng.choice(TARGETS), rng.choice(["xfs", "ext4", "swap", "tmpfs"]),
                  rng.choice(["defaults", "noatime,nodev"]), "0", rng.choice(["0", "1", "2"])]
        fields = fields[: rng.choice([1, 2, 3, 4, 6, 6, 6])]
        lines.append(rng.choice([" ", "\t", "  "]).join(fields))
        if rng.random() < 0.2:
            lines.append(rng.choice(["# comment", "", "   ", "\t# LABEL=commented / xfs"]))
    write(path, mutate(lines))


def gen_crypttab(path):
    lines = []
    for n in range(rng.randrange(1, 6)):
        fields = ["crypt%d" % n, rng.choice(SOURCES[:9]), rng.choice(["none", "/etc/keys/k", "-"]),
                  rng.choice(["luks", "luks,discard", "swap"]), "extra"]
        fields = fields[: rng.choice([1, 2, 3, 4, 4, 5])]
        lines.append(rng.choice([" ", "\t"]).join(fields))
        if rng.random() < 0.2:
            lines.append(rng.choice(["# comment", "", "  # LABEL=x"]))
    write(path, mutate(lines))


VALUES = ['"root=LABEL=rootfs rd.lvm=0"', "'resume=/dev/disk/by-label/swap'", '" $kernel_cmdline root=UUID=1 "',
          "root=UUID=2", '"${add_device} /dev/sdb"', "by-label", '"a\\"b"', "x\\ y", '"multi\nline"',
          "'single $notexpanded'", '"$unset"', '""', "a'b'\"c\"d", '"trail\\\\"']


def gen_shell(paths):
    for path in paths:
        lines = []
        for _ in range(rng.randrange(1, 5)):
            name = rng.choice(["kernel_cmdline", "add_device", "persistent_policy", "RESUME", "hostonly"])
            op = rng.choice(["=", "=", "+="])
            line = name + op + rng.choice(VALUES)
            if rng.random() < 0.2:
                line += rng.choice([" # note", "; hostonly=yes", " other=1"])
            lines.append(line)
            if rng.random() < 0.15:
                lines.append(rng.choice(["# comment", "", "   "]))
        write(path, mutate(lines))


def write(path, lines):
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def ours(*args):
    out = run([DUMP] + list(args))
    if out.returncode != 0:
        raise SystemExit("config_dump failed: %s" % out.stderr)
    return out.stdout.splitlines()


def findmnt(path):
    out = run(["findmnt", "--fstab", "-F", path, "-J", "-o", "SOURCE,TARGET"])
    if not out.stdout.strip():
        return []
    return ["%s\t%s" % (fs["source"], fs["target"]) for fs in json.loads(out.stdout)["filesystems"]]


def generator(path, outdir):
    os.makedirs(outdir + "/a")
    os.makedirs(outdir + "/b")
    os.makedirs(outdir + "/c")
    env = dict(os.environ, SYSTEMD_CRYPTTAB=path, SYSTEMD_LOG_LEVEL="err")
    run(["/lib/systemd/system-generators/systemd-cryptsetup-generator", outdir + "/a", outdir + "/b",
         outdir + "/c"], env=env)
    devices = {}
    for name in sorted(os.listdir(outdir + "/a")):
        m = re.match(r"systemd-cryptsetup@(.*)\.service$", name)
        if not m:
            continue
        with open(outdir + "/a/" + name) as f:
            for line in f:
                # ExecStart=/lib/systemd/systemd-cryptsetup attach 'NAME' 'DEVICE' ...
                e = re.match(r"ExecStart=\S+ attach '((?:[^']|'\\'')*)' '((?:[^']|'\\'')*)'", line)
                if e:
                    devices[e.group(1)] = e.group(2)
    return devices


def bash_source(paths):
    script = 'set -f; for f in "$@"; do . "$f" || exit 9; done; ' \
             'for v in kernel_cmdline add_device persistent_policy RESUME hostonly other; do ' \
             '[ -n "${!v+x}" ] && printf "%s=%s\\n" "$v" "${!v}"; done; exit 0'
    out = run(["env", "-i", "/bin/bash", "--norc", "--noprofile", "-c", script, "bash"] + paths, cwd=WORK)
    if out.returncode != 0 or out.stderr:
        return None
    return out.stdout.splitlines()


GROUP_NAMES = ["libvirt", "libvirtd", "virtadm", "+libvirt", "Libvirt"]


def gen_group(path):
    lines = []
    for _ in range(rng.randrange(1, 8)):
        name = rng.choice(GROUP_NAMES + ["root", " libvirt", "\tvirtadm", "libvirt "])
        gid = rng.choice(["990", "+991", " 992", "993 ", "0x10", "010", "", "-1", "4294967296", "abc"])
        members = rng.choice(["", "alice", "alice,bob", " alice, bob ,carol", "alice,,bob", "a b", "x,"])
        line = ":".join([name, rng.choice(["x", "", "!"]), gid, members][: rng.choice([2, 3, 4, 4, 4])])
        lines.append(line)
        if rng.random() < 0.15:
            lines.append(rng.choice(["# libvirt:x:1:commented", "", "   "]))
    write(path, mutate(lines))


def getent(path, names):
    script = 'mount --bind "$1" /etc/group || exit 9; shift; for g in "$@"; do ' \
             'out=$(getent -s files group "$g") && printf "%s\\n" "$out" || printf "%s -\\n" "$g"; done'
    out = run(["unshare", "-m", "sh", "-c", script, "sh", path] + names)
    if out.returncode != 0:
        raise SystemExit("getent run failed: " + out.stderr)
    result = []
    for name, line in zip(names, out.stdout.splitlines()):
        if line.endswith(" -") and not line.count(":"):
            result.append(name + " -")
            continue
        fields = line.split(":", 3)
        members = ",".join(m for m in fields[3].split(",") if m) if len(fields) > 3 else ""
        result.append(("%s %s %s" % (name, fields[2], members)).rstrip(" "))
    return result


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    failures, compared, skipped = [], 0, 0
    for n in range(COUNT):
        if KIND == "fstab":
            path = "%s/fstab%03d" % (WORK, n)
            gen_fstab(path)
            mine, theirs = ours("fstab", path), findmnt(path)
            compared += 1
            if mine != theirs:
                failures.append("%s: oscap-virt %s, findmnt %s" % (path, mine, theirs))
        elif KIND == "group":
            path = "%s/group%03d" % (WORK, n)
            gen_group(path)
            names = ["libvirt", "libvirtd", "virtadm", "+libvirt"]
            mine = [l.rstrip(" ") for l in ours("group", path, *names)]
            theirs = getent(path, names)
            compared += 1
            if mine != theirs:
                failures.append("%s: oscap-virt %s, getent %s" % (path, mine, theirs))
        elif KIND == "crypttab":
            path = "%s/crypttab%03d" % (WORK, n)
            gen_crypttab(path)
            mine = ours("crypttab", path)
            got = generator(path, "%s/gen%03d" % (WORK, n))
            # the generator writes one unit per name: the last entry of a name wins
            mine_by_name = dict(line.split("\t", 1) for line in mine)
            names = [line.split("\t", 1)[0] for line in mine]
            compared += 1
            if len(set(names)) != len(names):
                # The generator stops at the second unit of the same name ("File exists"): what
                # it made must agree with oscap-virt, which judges every entry (stricter).
                if any(mine_by_name.get(k) != v for k, v in got.items()):
                    failures.append("%s: oscap-virt %s, generator %s" % (path, mine_by_name, got))
            elif mine_by_name != got:
                failures.append("%s: oscap-virt %s, generator %s" % (path, mine_by_name, got))
        else:
            paths = ["%s/conf%03d-%d.conf" % (WORK, n, i) for i in range(rng.randrange(1, 4))]
            gen_shell(paths)
            mine = ours("shell", *paths)
            theirs = bash_source(paths)
            if theirs is None:
                skipped += 1
                continue
            if mine == ["refused"]:
                skipped += 1
                continue
            compared += 1
            # compare the variables bash printed (it prints only the judged ones)
            names = {l.split("=", 1)[0] for l in theirs}
            mine_judged = [l for l in mine if l.split("=", 1)[0] in names | {"kernel_cmdline", "add_device",
                                                                            "persistent_policy", "RESUME"}]
            theirs_judged = [l for l in theirs if l.split("=", 1)[0] in {"kernel_cmdline", "add_device",
                                                                         "persistent_policy", "RESUME"}]
            mine_judged = [l for l in mine_judged if l.split("=", 1)[0] in {"kernel_cmdline", "add_device",
                                                                            "persistent_policy", "RESUME"}]
            if sorted(mine_judged) != sorted(theirs_judged):
                failures.append("%s: oscap-virt %s, bash %s" % (paths, mine_judged, theirs_judged))
    print("%s: %d generated (seed %d): %d compared, %d not comparable (the program or oscap-virt refused "
          "them); %d disagreements" % (KIND, COUNT, SEED, compared, skipped, len(failures)))
    for failure in failures[:15]:
        print("  " + failure)
    sys.exit(1 if failures else 0)


main()
