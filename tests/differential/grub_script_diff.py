#!/usr/bin/python3
"""Differential test of oscap-virt's GRUB script lexer against grub-script-check.

  grub_script_diff.py COUNT SEED CONFIG_DUMP WORKDIR

COUNT grub.cfg-like scripts are generated with a fixed SEED from fragments of real grub.cfg
files and their traps (quotes across lines, backslashes, $variables, ${...}, a lone $, braces,
';', pipes, redirections, comments) and judged by grub-script-check (package grub-common: GRUB's
own lexer and parser, grub-core/script) and by oscap-virt (`config_dump grub-script FILE`):
both must accept or both refuse. One deliberate difference: oscap-virt refuses a translated
string $"..." (it does not judge gettext) which GRUB accepts; such scripts only count when
oscap-virt refuses them.
"""
import os
import random
import shutil
import subprocess
import sys

COUNT, SEED, DUMP, WORK = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
rng = random.Random(SEED)

WORDS = ["root=UUID=0b6a1b0c", "ro", "quiet", "selinux=0", "'root=LABEL=my root'", '"enforcing=0"',
         "$kernelopts", "${tuned_params}", '"$extra"', "a\\ b", "\\$x", '"a\\"b"', "'it''s'", "x#y",
         "$1", "${?}", '"multi\nline"', "'multi\nline'", "\\\n", ";", "#comment", "b=c", '"\\q"']
# Traps GRUB refuses (or, for $"...", that oscap-virt refuses): rarer, one in ten words.
BAD = ["$", "a|b", "a>b", "a&b", "${a-b}", '"unterminated', "'open", "\\", '$"tr"']
COMMANDS = ["linux /vmlinuz", "linux16 /vmlinuz", "linuxefi /vmlinuz", "set kernelopts=", "set x=",
            "insmod blscfg", "blscfg", "menuentry 'Debian' {", "}", "if [ -z \"${kernelopts}\" ]; then",
            "fi", "else", "load_env -f ${config_directory}/grubenv", "search --set=root --fs-uuid 1234"]


def script():
    lines = []
    for _ in range(rng.randrange(1, 8)):
        line = rng.choice(COMMANDS[:7] if rng.random() < 0.7 else COMMANDS)
        for _ in range(rng.randrange(0, 4)):
            word = rng.choice(BAD if rng.random() < 0.1 else WORDS)
            # Not judged alike: a reserved word glued to a continuation (GRUB lexes "else\<newline>"
            # as a plain word, oscap-virt as the keyword) and braces glued to words.
            if word.startswith("\\\n") and line.split()[-1] in ("if", "then", "else", "fi", "{", "}"):
                continue
            line += rng.choice([" ", " ", "\t", ""]) + word
        lines.append(rng.choice(["", "  ", "\t"]) + line)
    return "\n".join(lines) + "\n"


def run(argv):
    return subprocess.run(argv, capture_output=True, text=True)


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    failures, compared, refused, skipped = [], 0, 0, 0
    for n in range(COUNT):
        path = "%s/grub%03d.cfg" % (WORK, n)
        text = script()
        with open(path, "w") as f:
            f.write(text)
        mine = run([DUMP, "grub-script", path]).stdout.strip()
        theirs = "accepted" if run(["grub-script-check", path]).returncode == 0 else "refused"
        if '$"' in text and mine == "refused":
            skipped += 1
            continue
        compared += 1
        refused += theirs == "refused"
        if mine != theirs:
            failures.append("%s: oscap-virt %s, grub-script-check %s: %r" % (path, mine, theirs, text))
    print("grub-script: %d generated (seed %d): %d compared (%d refused by GRUB), %d translated "
          "strings skipped; %d disagreements" % (COUNT, SEED, compared, refused, skipped, len(failures)))
    for failure in failures[:15]:
        print("  " + failure)
    sys.exit(1 if failures else 0)


main()
