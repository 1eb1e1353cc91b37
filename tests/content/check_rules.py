#!/usr/bin/env python3
"""What consumers and auditors require of every rule in the built datastream, and what we require
of its scenarios. Usage: check_rules.py DATASTREAM RULES_JSON"""
import json
import re
import sys
import xml.etree.ElementTree as ET

XCCDF = "{http://checklists.nist.gov/xccdf/1.2}"
# A guide reference names the section number and its title, and links to a page of the guide.
GUIDE = re.compile(r"^Virtualization Security Guide \(RHEL 6\), section \d+(\.\d+)*: \S")
GUIDE_HREF = ("https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/6/",
              "https://access.redhat.com/documentation/en-us/red_hat_enterprise_linux/6/",
              "https://access.redhat.com/documentation/en-US/Red_Hat_Enterprise_Linux/6/")
XHTML = "{http://www.w3.org/1999/xhtml}"
IDENT_SYSTEM = "urn:oscap-virt:ident"
NIST_HREF = "http://nvlpubs.nist.gov/nistpubs/SpecialPublications/NIST.SP.800-53"
NIST_CONTROL = re.compile(r"^[A-Z]{2}-\d+(\(\d+\))?$")


def text(node):
    return " ".join("".join(node.itertext()).split()) if node is not None else ""


def problems_in(datastream, manifest):
    manual = {r["id"]: r["check"] for r in manifest}
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
        references = rule.findall(XCCDF + "reference")
        if not any(GUIDE.match(text(r)) and r.get("href", "").startswith(GUIDE_HREF) for r in references):
            yield "%s: no guide reference naming section and title with a URL into the guide" % rid
        for r in references:
            if not r.get("href", "").startswith(("https://", "http://nvlpubs.nist.gov/", "urn:oscap-virt:")):
                yield "%s: reference %r has no resolvable href" % (rid, text(r))
        nist = [text(r) for r in references if r.get("href", "").startswith(NIST_HREF)]
        if not nist or not all(NIST_CONTROL.match(c) for c in nist):
            yield "%s: needs NIST SP 800-53 controls, one per reference: %s" % (rid, nist)
        documentation = [a for a in rule.iterfind(XCCDF + "description//" + XHTML + "a")
                         if a.get("href", "").startswith("https://") and text(a)]
        if not documentation and manual.get(rid) != "manual":
            yield "%s: no link to the documentation of the settings it checks" % rid
        idents = [text(i) for i in rule.findall(XCCDF + "ident") if i.get("system") == IDENT_SYSTEM]
        if len(idents) != 1:
            yield "%s: needs exactly one <ident system=%s>, found %s" % (rid, IDENT_SYSTEM, idents)
        if rule.find(XCCDF + "fix") is None and not text(rule.find(XCCDF + "fixtext")):
            yield "%s: neither an automated <fix> nor <fixtext>" % rid
        if rule.find(XCCDF + "check") is None and manual.get(rid) != "manual":
            yield "%s: no check" % rid
    for value in root.iter(XCCDF + "Value"):
        if not value.get("type") or value.get("operator") != "equals":
            yield "%s: exported Values need an explicit type and operator=equals" % value.get("id")
    seen = {}
    for rule in manifest:
        if rule["ident"] in seen:
            yield "%s: identifier %s also used by %s" % (rule["rule"], rule["ident"], seen[rule["ident"]])
        seen[rule["ident"]] = rule["rule"]
        expected = {s["expected"] for s in rule["scenarios"]}
        if rule["check"] == "manual":
            if expected != {"notchecked"}:
                yield "%s: a manual rule needs notchecked scenarios only, has %s" % (rule["rule"], sorted(expected))
            continue
        for needed in ("pass", "fail"):
            if needed not in expected:
                yield "%s: no %s scenario" % (rule["rule"], needed)
        if rule["check"] == "native" and "error" not in expected:
            yield "%s: native check without an error scenario" % rule["rule"]


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
