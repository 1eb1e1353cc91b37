#!/usr/bin/env python3
"""Allocates the next free identifier to each named rule in xccdf/idents.tsv and prints the
auditor block to paste after the rule's <guide .../> line (see xccdf/RULES.md).

  content/allocate_ident.py [--source DIR] RULE...

A rule that already has an active identifier keeps it. Numbers are never reused: the next free
number is one above the highest ever allocated, retired ones included."""
import argparse
import os
import sys

import rule_metadata


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    parser.add_argument("rules", nargs="+")
    args = parser.parse_args()
    path = os.path.join(args.source, "xccdf", "idents.tsv")
    rows = rule_metadata.read_tsv(path, 3)
    active = {rule: ident for ident, rule, status in rows if status == "active"}
    highest = max((int(ident.split("-")[1]) for ident, _, _ in rows), default=0)
    added = []
    for rule in args.rules:
        if rule not in active:
            highest += 1
            active[rule] = "OSCAPVIRT-%04d" % highest
            added.append("%s\t%s\tactive\n" % (active[rule], rule))
    with open(path, "a", encoding="utf-8") as stream:
        stream.writelines(added)
    for rule in args.rules:
        print("%s:\n  <ident>%s</ident>\n  <controls nist=\"\"/>\n  <fixtext>\n  </fixtext>" % (rule, active[rule]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
