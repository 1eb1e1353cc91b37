#!/usr/bin/env python3
"""Differential test of the sshd_config reader against OpenSSH's own `sshd -T`.

Each generated or mutated case is a small /etc/ssh tree (sshd_config, drop-ins, included
files). Inside one private mount namespace (unshare -m: the host's /etc/ssh and /run are not
touched) each tree is bind-mounted over /etc/ssh in turn and `sshd -T` prints the global
PermitRootLogin it obtained, or fails; oscap-virt's reader reads the same tree through its
root-confined file access and prints the same line.

sshd_config_diff.py WORKDIR READER_DUMP [COUNT]"""
import os
import random
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import difftest  # noqa: E402

PERMIT = [
    b"PermitRootLogin no", b"PermitRootLogin yes", b"PermitRootLogin prohibit-password",
    b"PermitRootLogin without-password", b"PermitRootLogin forced-commands-only",
    b"permitrootlogin NO", b"PermitRootLogin=no", b"PermitRootLogin = yes", b"PermitRootLogin\tno",
    b'PermitRootLogin "no"', b"PermitRootLogin 'yes'", b'"PermitRootLogin" no', b"PermitRootLogin no # c",
    b"PermitRootLogin no yes", b"PermitRootLogin maybe", b"PermitRootLogin", b"PermitRootLogin \"\"",
    b"  PermitRootLogin yes", b"#PermitRootLogin yes", b"PermitRootLogin yes\r", b"PermitRootLogin ==no",
    b"PermitRootLogin \"no", b"PermitRootLogin=\"yes\"", b"PermitRootLogin\\ no",
]
INCLUDE = [
    b"Include sshd_config.d/*.conf", b"Include /etc/ssh/sshd_config.d/*.conf", b"Include extra.conf",
    b"Include /etc/ssh/extra.conf", b"Include missing.conf", b"Include sshd_config.d/*",
    b'Include "sshd_config.d/*.conf"', b"Include sshd_config.d/[0-4]*.conf", b"Include",
    b"Include sshd_config.d/?0-*.conf", b"Include extra.conf sshd_config.d/*.conf",
    b"include=extra.conf", b"Include sshd_config.d", b"Include sshd_config.d/.hidden.conf",
]
MATCH = [
    b"Match User bob", b"Match all", b"Match User root", b"Match Address 10.0.0.0/8", b"Match Host *.example.com",
    b"Match Group wheel", b"Match User bob Address 10.0.0.0/8", b"Match all User bob", b"Match Foo bar",
    b"Match User", b"Match", b"Match all # everything", b"Match RDomain x",
    b"match user=bob",
]
# Not generated: `Match LocalPort` (sshd -T, unlike sshd starting, wants lport in a connection
# spec) and keywords whose own arguments sshd validates (Subsystem defined twice, ...): the
# reader validates only PermitRootLogin, Include, Match and keyword names.
FILLER = [
    b"", b"# comment", b"PasswordAuthentication no", b"X11Forwarding no", b"Banner none", b"Port 22",
    b"UsePAM yes", b"AcceptEnv LANG", b"NotAKeyword yes", b"   ",
    b"\tBanner /etc/issue", b"LogLevel INFO",
]
DROPINS = [b"00-first.conf", b"10-root.conf", b"50-cloud.conf", b"99-last.conf", b"20-other",
           b".hidden.conf", b"30-x.conf.bak"]
ATOMS = [b"PermitRootLogin ", b"Include ", b"Match ", b"all", b"no", b"yes", b"\n", b" ", b"=",
         b'"', b"'", b"#", b"\\", b"\t", b"\r", b"*"]


ARGUMENT_ERROR = re.compile(r"^error (/etc/ssh/\S+) line (\d+): .*(extra arguments at end of line|"
                            r"unsupported option|unsupported log level|already defined|Bad yes/no|missing argument|Bad port)")


def refused_for_other_keyword(case, message):
    """sshd refused the arguments of a keyword the reader does not validate."""
    found = ARGUMENT_ERROR.search(message)
    if not found:
        return False
    with open(os.path.join(case, found.group(1).lstrip("/")), "rb") as f:
        lines = f.read().split(b"\n")
    line = lines[int(found.group(2)) - 1].lstrip(b" \t\r").lower()
    return not re.match(rb'"?(permitrootlogin|include|match)\b', line)


def random_file(rng, allow_include=True):
    pools = [PERMIT, MATCH, FILLER, FILLER] + ([INCLUDE] if allow_include else [])
    lines = [rng.choice(rng.choice(pools)) for _ in range(rng.randint(1, 7))]
    data = b"\n".join(lines) + rng.choice([b"\n", b"", b"\r\n"])
    if rng.random() < 0.35:
        data = difftest.mutate(rng, data, ATOMS)
    return data


def make_case(rng, path):
    ssh = os.path.join(path, "etc", "ssh")
    os.makedirs(os.path.join(ssh, "sshd_config.d"))
    main = random_file(rng)
    if rng.random() < 0.5:  # Debian's layout: the drop-ins are included first
        main = b"Include /etc/ssh/sshd_config.d/*.conf\n" + main
    files = {"sshd_config": main}
    for name in rng.sample(DROPINS, rng.randint(0, 3)):
        files["sshd_config.d/" + name.decode()] = random_file(rng, allow_include=rng.random() < 0.3)
    if rng.random() < 0.4:
        files["extra.conf"] = random_file(rng, allow_include=False)
    for name, data in files.items():
        with open(os.path.join(ssh, name), "wb") as f:
            f.write(data)


FIXED = [
    {"sshd_config": b"PermitRootLogin no\n"},
    {"sshd_config": b""},
    {"sshd_config": b"Match User bob\nPermitRootLogin yes\n"},
    {"sshd_config": b"Match all\nPermitRootLogin yes\n"},
    {"sshd_config": b"Include sshd_config.d/*.conf\nPermitRootLogin no\n",
     "sshd_config.d/a.conf": b"PermitRootLogin yes\n"},
    {"sshd_config": b"Match User bob\nInclude extra.conf\nPermitRootLogin no\n", "extra.conf": b"PermitRootLogin yes\n"},
    {"sshd_config": b"Match User bob\nPort 22\n"},
    {"sshd_config": b"Include extra.conf\nPermitRootLogin no\n", "extra.conf": b"Match all\nPermitRootLogin yes\n"},
    {"sshd_config": b"Include extra.conf\n", "extra.conf": b"Include extra.conf\n"},
]


CONNECTIONS = ["user=root,host=h.example.com,addr=10.1.2.3,rdomain=x",
               "user=root,host=other,addr=192.168.1.1,rdomain=y", "user=bob,host=a,addr=10.0.0.1,rdomain=x"]


def no_root_login_for_any_connection(paths, reader, key, work):
    """Where the rule passes, sshd must refuse root for every connection (`sshd -T -C`)."""
    verdicts = difftest.run_lines([reader, "sshd-rule"] + paths)
    passing = [p for p, v in zip(paths, verdicts) if v == "pass"]
    script = ('mount -t tmpfs oscap-virt-diff /run && mkdir /run/sshd || exit 1\n'
              'for d in "$@"; do\n'
              '  mount --bind "$d/etc/ssh" /etc/ssh || exit 1\n'
              '  for c in $CONNECTIONS; do\n'
              '    /usr/sbin/sshd -T -C "$c" -f /etc/ssh/sshd_config -h "$KEY" 2>/dev/null |'
              ' grep "^permitrootlogin " || echo error\n'
              '  done\n'
              '  umount /etc/ssh\n'
              'done\n')
    lines = difftest.run_lines(["unshare", "-m", "--propagation", "private", "sh", "-c", script,
                                "oracle"] + passing,
                               env=dict(os.environ, KEY=key, CONNECTIONS=" ".join(CONNECTIONS)))
    bad = 0
    for i, path in enumerate(passing):
        got = lines[i * len(CONNECTIONS):(i + 1) * len(CONNECTIONS)]
        if any(g != "permitrootlogin no" for g in got):
            bad += 1
            print("FALSE PASS %s: sshd -T -C gives %s" % (path, got))
    print("rule passes %d inputs; sshd refuses root for all %d connections in each: %d exceptions"
          % (len(passing), len(CONNECTIONS), bad))
    return bad


def main():
    work, reader, count = difftest.arguments(700)
    rng = random.Random(22)
    paths = []
    for i in range(count):
        path = os.path.join(work, "case%05d" % i)
        if i < len(FIXED):
            for name, data in FIXED[i].items():
                os.makedirs(os.path.dirname(os.path.join(path, "etc/ssh", name)), exist_ok=True)
                with open(os.path.join(path, "etc/ssh", name), "wb") as f:
                    f.write(data)
        else:
            make_case(rng, path)
        paths.append(path)
    key = os.path.join(work, "hostkey")
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key], check=True)
    ours = difftest.run_lines([reader, "sshd"] + paths)
    script = ('mount -t tmpfs oscap-virt-diff /run && mkdir /run/sshd || exit 1\n'
              'for d in "$@"; do\n'
              '  mount --bind "$d/etc/ssh" /etc/ssh || exit 1\n'
              '  if out=$(/usr/sbin/sshd -T -f /etc/ssh/sshd_config -h "$KEY" 2>"$ERR"); then\n'
              '    printf "%s\\n" "$out" | grep "^permitrootlogin " || echo error no output\n'
              '  else printf "error %s\\n" "$(head -1 "$ERR" | tr -d "\\n\\r")"; fi\n'
              '  umount /etc/ssh\n'
              'done\n')
    theirs = difftest.run_lines(["unshare", "-m", "--propagation", "private", "sh", "-c", script,
                                 "oracle"] + paths, env=dict(os.environ, KEY=key, ERR=os.path.join(work, "stderr")))
    # sshd refusing another keyword's arguments is outside what the reader validates.
    outside, kept = 0, []
    for path, line in zip(paths, theirs):
        if line.startswith("error") and refused_for_other_keyword(path, line):
            outside += 1
            kept.append("outside")
        else:
            kept.append("error" if line.startswith("error") else line)
    ours = ["outside" if k == "outside" else o for o, k in zip(ours, kept)]
    print("sshd refused %d inputs for other keywords' arguments (not compared)" % outside)
    # (sshd refusing to start at all lets nobody in: those inputs are left out here too.)
    bad = no_root_login_for_any_connection([p for p, k in zip(paths, kept) if k != "outside"],
                                           reader, key, work)
    return bad + difftest.compare("sshd_config", [os.path.join(p, "etc/ssh/sshd_config") for p in paths],
                            ours, kept)


if __name__ == "__main__":
    difftest.main_guard(main)
