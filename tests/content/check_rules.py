#!/usr/bin/env python3
"""What consumers require of every rule in the built datastream, and what we require of its
scenarios. Usage: check_rules.py DATASTREAM RULES_JSON"""
import json
import sys
import xml.etree.ElementTree as ET

XCCDF = "{http://checklists.nist.gov/xccdf/1.2}"
GUIDE = "Virtualization Security Guide (RHEL 6), section "


def text(node):
    return " ".join("".join(node.itertext()).split()) if node is not None else ""


def problems_in(datastream, manifest):
    root = ET.parse(datastream).getroot()
    benchmarks = list(root.iter(XCCDF + "Benchmark"))
    if len(benchmarks) != 1:
        yield "the datastream must hold exactly one benchmark, found %d" % len(benchmarks)
        return
    titles = {}
    for rule in root.iter(XCCDF + "Rule"):
        rid = rule.get("id")
        title = text(rule.find(XCCDF + "title"))
        if not title:
            yield "%s: empty title" % rid
        elif title in titles:
            yield "%s: title %r also used by %s" % (rid, title, titles[title])
        titles[title] = rid
        if rule.get("severity") not in ("low", "medium", "high"):
            yield "%s: severity must be explicit low/medium/high" % rid
        for part in ("description", "rationale"):
            if not text(rule.find(XCCDF + part)):
                yield "%s: empty %s" % (rid, part)
        if not any(text(r).startswith(GUIDE) for r in rule.findall(XCCDF + "reference")):
            yield "%s: no guide-section reference" % rid
        if rule.find(XCCDF + "check") is None and rule.find(XCCDF + "complex-check") is None:
            yield "%s: no check" % rid
    for value in root.iter(XCCDF + "Value"):
        if not value.get("type") or value.get("operator") != "equals":
            yield "%s: exported Values need an explicit type and operator=equals" % value.get("id")
    for rule in manifest:
        expected = {s["expected"] for s in rule["scenarios"]}
        for needed in ("pass", "fail"):
            if needed not in expected:
                yield "%s: no %s scenario" % (rule["rule"], needed)
        if rule["check"] == "native" and "error" not in expected:
            yield "%s: native check without an error scenario" % rule["rule"]
        # A native check combined with OVAL (complex-check AND): oscap 1.3.7 reports the
        # native check's error AND an OVAL pass as unknown, which the scenario then expects.
        if rule["check"] == "native+oval" and not expected & {"error", "unknown"}:
            yield "%s: native check without an error (or unknown) scenario" % rule["rule"]


def main():
    with open(sys.argv[2]) as stream:
        manifest = json.load(stream)
    problems = list(problems_in(sys.argv[1], manifest))
    for problem in problems:
        print(problem)
    print("%d rules checked, %d problems" % (len(manifest), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
