#!/usr/bin/env python3
"""Builds the corpus fixture root, evaluates the native rules with the real oscap, and checks
the results (see run_corpus.sh)."""
import argparse
import fnmatch
import hashlib
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

PREFIX = "xccdf_org.oscapvirt"
XCCDF = "{http://checklists.nist.gov/xccdf/1.2}"
CORPUS_DIRS = {"qemuxmlconfdata": "c", "qemuxml2argvdata": "x", "qemuxml2xmloutdata": "o"}


def uuid_for(name):
    h = hashlib.md5(name.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def renamed(xml, name):
    """The definition with its domain <name> and <uuid> made unique (the first of each after
    <domain>: libvirt's test files start the domain with them)."""
    start = xml.find("<domain")
    if start < 0:
        return None
    head, body = xml[:start], xml[start:]
    body, count = re.subn(r"<name>[^<]*</name>", f"<name>{name}</name>", body, count=1)
    if count == 0:
        return None
    body = re.sub(r"<uuid>[^<]*</uuid>", f"<uuid>{uuid_for(name)}</uuid>", body, count=1)
    return head + body


def build_root(src, root):
    """Places every corpus file; returns {guest name: source path}."""
    guests = {}
    etc = os.path.join(root, "etc/libvirt/qemu")
    run = os.path.join(root, "run/libvirt/qemu")
    for directory, tag in CORPUS_DIRS.items():
        path = os.path.join(src, "tests", directory)
        if not os.path.isdir(path):
            continue
        for entry in sorted(os.listdir(path)):
            if not entry.endswith(".xml"):
                continue
            name = f"{tag}-{entry[:-4]}"
            with open(os.path.join(path, entry), encoding="utf-8", errors="surrogateescape") as f:
                xml = renamed(f.read(), name)
            if xml is None:
                continue
            with open(os.path.join(etc, name + ".xml"), "w", encoding="utf-8",
                      errors="surrogateescape") as f:
                f.write(xml)
            guests[name] = os.path.join(path, entry)
    status = os.path.join(src, "tests", "qemustatusxml2xmldata")
    pid = 30000
    for entry in sorted(os.listdir(status)):
        if not entry.endswith(".xml"):
            continue
        name = f"s-{entry[:-4]}"
        with open(os.path.join(status, entry), encoding="utf-8") as f:
            xml = renamed(f.read(), name)
        pid += 1
        xml = re.sub(r"(<domstatus[^>]*\bpid=')\d+(')", rf"\g<1>{pid}\g<2>", xml, count=1)
        with open(os.path.join(run, name + ".xml"), "w", encoding="utf-8") as f:
            f.write(xml)
        guests[name] = os.path.join(status, entry)
    return guests


def evaluate(work, root, datastream, binary, rules):
    selects = "\n".join(f'    <xccdf:select idref="{PREFIX}_rule_{r}" selected="true"/>' for r in rules)
    tailoring = os.path.join(work, "tailoring.xml")
    with open(tailoring, "w") as f:
        f.write(f"""<?xml version="1.0" encoding="UTF-8"?>
<xccdf:Tailoring xmlns:xccdf="http://checklists.nist.gov/xccdf/1.2" id="{PREFIX}_tailoring_corpus">
  <xccdf:version time="2026-01-01T00:00:00">1</xccdf:version>
  <xccdf:Profile id="{PREFIX}_profile_corpus">
    <xccdf:title>libvirt corpus</xccdf:title>
{selects}
    <xccdf:set-value idref="{PREFIX}_value_oscap_virt_bin">{binary}</xccdf:set-value>
  </xccdf:Profile>
</xccdf:Tailoring>
""")
    arf = os.path.join(work, "arf.xml")
    env = dict(os.environ, OSCAP_PROBE_ROOT=root)
    done = subprocess.run(["oscap", "xccdf", "eval", "--profile", f"{PREFIX}_profile_corpus",
                           "--tailoring-file", tailoring, "--results-arf", arf, datastream],
                          env=env, capture_output=True, text=True)
    if done.returncode not in (0, 2):
        sys.exit(f"FAIL: oscap exited with {done.returncode}\n{done.stdout}{done.stderr}")
    results = {}
    for rr in ET.parse(arf).iter(f"{XCCDF}rule-result"):
        rule = rr.get("idref")[len(PREFIX) + 6:]
        result = rr.find(f"{XCCDF}result").text
        evidence = "".join(ci.text or "" for ci in rr.iter(f"{XCCDF}check-import"))
        results[rule] = (result, evidence.splitlines())
    return results


GUEST = re.compile(r'(?:^| )guest=("(?:[^"\\]|\\.)*"|\S+)')
OBJECT = re.compile(r'(?:^| )object=("(?:[^"\\]|\\.)*"|\S+)')
RESULT = re.compile(r"^result=(\w+) ")
# The errors a definition libvirt accepts may still get on this fixture host: facts of the host
# it names are absent (no sysfs, no block devices, no QEMU processes under /proc).
# The device is named either in the reason or, as checks::Evidence writes it, by its own field.
HOST_FACT = re.compile(r'reason="?(/dev/\S*: No such file|/proc/\d+: no such process|'
                       r'no /sys/bus/pci/devices/|/sys/)|'
                       r'(?:^| )object="?/(?:sys|proc)/|'
                       r'(?:^| )(?:source|object)="?/dev/\S*.* reason="?No such file')


def field_value(match):
    value = match.group(1)
    return value[1:-1].replace('\\"', '"') if value.startswith('"') else value


def main():
    parser = argparse.ArgumentParser()
    for option in ("src", "root", "work", "accepted", "expectations", "datastream", "bin"):
        parser.add_argument("--" + option, required=True)
    parser.add_argument("rules", nargs="+")
    args = parser.parse_args()

    guests = build_root(args.src, args.root)
    with open(args.accepted) as f:
        accepted = {line.strip() for line in f if line.strip()}
    results = evaluate(args.work, args.root, args.datastream, args.bin, args.rules)
    problems = []

    # No crash: every selected native rule ran and left its evidence.
    for rule in args.rules:
        if rule not in results:
            problems.append(f"{rule}: no result")
            continue
        result, lines = results[rule]
        # notapplicable without evidence: the rule's CPE platform (e.g. AppArmor on this SELinux
        # host) kept oscap from running the check at all.
        if result == "notchecked" or (not lines and result != "notapplicable"):
            problems.append(f"{rule}: {result} with no evidence (did oscap-virt crash?)")

    # No error about a definition libvirt accepts (or a status file of libvirt's own tests).
    lines_by_guest = {}
    for rule, (result, lines) in results.items():
        for line in lines:
            status = RESULT.match(line)
            if not status:
                continue
            guest = GUEST.search(line)
            obj = OBJECT.search(line)
            name = field_value(guest) if guest else None
            if name is None and obj:
                target = field_value(obj)
                base = os.path.basename(target)[:-4] if target.endswith(".xml") else None
                name = base if base in guests else None
            if name is None:
                continue
            lines_by_guest.setdefault((rule, name), []).append((status.group(1), line))
            if status.group(1) == "error":
                source = guests.get(name, "")
                if (name.startswith("s-") or source in accepted) and not HOST_FACT.search(line):
                    problems.append(f"{rule}: error on a definition libvirt accepts: {line}")

    # Per-family expectations.
    checked = 0
    with open(args.expectations) as f:
        for number, raw in enumerate(f, 1):
            raw = raw.split("#", 1)[0].strip()
            if not raw:
                continue
            pattern, rule, expectation = raw.split()
            matched = [g for g in guests if fnmatch.fnmatchcase(g, pattern)]
            if not matched:
                problems.append(f"expectations.tsv:{number}: no guest matches {pattern}")
                continue
            for guest in matched:
                lines = lines_by_guest.get((rule, guest), [])
                verdicts = {v for v, _ in lines}
                ok = {
                    "absent": not lines,
                    "all-pass": bool(lines) and verdicts == {"pass"},
                    "all-fail": bool(lines) and verdicts == {"fail"},
                    "any-fail": "fail" in verdicts,
                    "no-fail": "fail" not in verdicts and "error" not in verdicts,
                }[expectation]
                checked += 1
                if not ok:
                    shown = "\n    ".join(l for _, l in lines) or "(no line)"
                    problems.append(f"expectations.tsv:{number}: {guest} {rule} expected "
                                    f"{expectation}:\n    {shown}")
    print(f"guests={len(guests)} rules={len(args.rules)} accepted_by_libvirt={len(accepted)} "
          f"expectations_checked={checked} problems={len(problems)}")
    for problem in problems[:200]:
        print("FAIL:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
