#!/usr/bin/env python3
"""check_rules.py must notice what auditors would miss: from the built datastream, strip one
rule each of its identifier, its NIST controls, its guide reference, its documentation links,
its fix text (a rule without automated fix) and its automated fix (a rule without fix text),
and expect check_rules to name exactly those rules. Usage: check_rules_detects_gaps.py DATASTREAM RULES_JSON"""
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

XCCDF = "{http://checklists.nist.gov/xccdf/1.2}"
HERE = os.path.dirname(os.path.abspath(__file__))
XHTML = "{http://www.w3.org/1999/xhtml}"


def strip(rule, tag, href=None):
    """Removes the children `tag` of `rule` whose href starts with `href`; of a description, its
    documentation links."""
    if tag == "description":
        description = rule.find(XCCDF + tag)
        links = [a for a in description.iter(XHTML + "a")]
        for parent in list(description.iter()):
            for child in list(parent):
                if child.tag == XHTML + "a":
                    parent.remove(child)
        return len(links)
    removed = 0
    for child in list(rule):
        value = child.get("href", "")
        if child.tag == XCCDF + tag and (href is None or value.startswith(href)):
            rule.remove(child)
            removed += 1
    return removed


def main():
    datastream, manifest = sys.argv[1], sys.argv[2]
    tree = ET.parse(datastream)
    rules = [r for r in tree.getroot().iter(XCCDF + "Rule")]
    with_fixtext = [r for r in rules if r.find(XCCDF + "fixtext") is not None and r.find(XCCDF + "fix") is None]
    with_fix = [r for r in rules if r.find(XCCDF + "fix") is not None and r.find(XCCDF + "fixtext") is None]
    plan = [
        (rules[0], "ident", None, "needs exactly one <ident"),
        (rules[1], "reference", "http://nvlpubs.nist.gov/", "needs NIST SP 800-53 controls"),
        (rules[2], "reference", "https://docs.redhat.com/", "no guide reference"),
        (rules[2], "reference", "https://access.redhat.com/", "no guide reference"),
        (rules[3], "description", None, "no link to the documentation"),
        (with_fixtext[0], "fixtext", None, "neither an automated <fix> nor <fixtext>"),
        (with_fix[0], "fix", None, "neither an automated <fix> nor <fixtext>"),
    ]
    expected = set()
    for rule, tag, prefix, message in plan:
        if strip(rule, tag, prefix):
            expected.add((rule.get("id"), message))
    with tempfile.TemporaryDirectory() as work:
        mutated = os.path.join(work, "ds.xml")
        tree.write(mutated, encoding="UTF-8", xml_declaration=True)
        run = subprocess.run([sys.executable, os.path.join(HERE, "check_rules.py"), mutated, manifest],
                             capture_output=True, text=True)
    print(run.stdout)
    missed = [(rid, m) for rid, m in expected if not any(l.startswith(rid + ":") and m in l
                                                        for l in run.stdout.splitlines())]
    problems = [l for l in run.stdout.splitlines() if ": " in l and not l.endswith("problems")]
    if run.returncode == 0 or missed or len(problems) != len(expected):
        print("FAIL: expected exactly %d problems %s, missed %s" % (len(expected), sorted(expected), missed))
        return 1
    print("ok: check_rules.py reported all %d planted gaps" % len(expected))
    return 0


if __name__ == "__main__":
    sys.exit(main())
