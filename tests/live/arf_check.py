#!/usr/bin/env python3
"""Reads rule results out of an ARF for the live tests.

arf_check.py results ARF                 one "rule-id result" line per rule-result
arf_check.py evidence ARF RULE           the rule's check-import text (its evidence)
arf_check.py expect ARF RULE RESULT [REGEX...]
    asserts RESULT and that each REGEX matches a line of the evidence (a leading '!' : no line
    may match); a rule that is not in the ARF is skipped (other engineers add rules over time)
arf_check.py guest-lists ARF DATASTREAM GUESTS SOURCE
    every native (SCE) rule that judged guests judged all GUESTS of them, from SOURCE
    (libvirt, state-files or any); a pass from anything else is the false pass the live
    tests exist to catch.
"""
import re
import sys
import xml.etree.ElementTree as ET

XCCDF = "{http://checklists.nist.gov/xccdf/1.2}"
SCE = "http://open-scap.org/page/SCE"
PREFIX = "xccdf_org.oscapvirt_rule_"


def rule_results(arf):
    results = {}
    for node in ET.parse(arf).getroot().iter(XCCDF + "rule-result"):
        result = node.find(XCCDF + "result").text
        evidence = "".join(node.find(XCCDF + "check").itertext()) if node.find(XCCDF + "check") is not None else ""
        results[node.get("idref")] = (result, evidence)
    return results


def native_rules(datastream):
    rules = set()
    for rule in ET.parse(datastream).getroot().iter(XCCDF + "Rule"):
        if any(check.get("system") == SCE for check in rule.iter(XCCDF + "check")):
            rules.add(rule.get("id"))
    return rules


def full_id(rule):
    return rule if rule.startswith("xccdf_") else PREFIX + rule


def expect(arf, rule, wanted, patterns):
    results = rule_results(arf)
    if full_id(rule) not in results:
        print("skip %s: not in this datastream's profile" % rule)
        return 0
    result, evidence = results[full_id(rule)]
    problems = []
    if result != wanted:
        problems.append("result %s, expected %s" % (result, wanted))
    lines = evidence.splitlines()
    for pattern in patterns:
        negate = pattern.startswith("!")
        regex = re.compile(pattern[1:] if negate else pattern)
        found = any(regex.search(line) for line in lines)
        if found == negate:
            problems.append("%s line matching %s" % ("a" if negate else "no", regex.pattern))
    if problems:
        print("FAIL %s: %s\n%s" % (rule, "; ".join(problems), evidence))
        return 1
    print("ok %s: %s" % (rule, result))
    return 0


def guest_lists(arf, datastream, guests, source):
    """Checks the inventory line native checks print: source=... guests=N."""
    failures = 0
    results = rule_results(arf)
    for rule in sorted(native_rules(datastream)):
        if rule not in results:
            continue
        result, evidence = results[rule]
        inventory = re.search(r"^source=(\S+) .*guests=(\d+)", evidence, re.M)
        if result in ("error", "notselected"):
            print("ok %s: %s" % (rule, result))
            continue
        if inventory is None:
            # A native rule about the host alone (e.g. SELinux booleans) lists no guests.
            print("ok %s: %s (judges no guest list)" % (rule, result))
            continue
        seen_source, seen_guests = inventory.group(1), int(inventory.group(2))
        if seen_guests != guests or (source != "any" and seen_source != source):
            print("FAIL %s: %s from %s guests of %s, expected %d from %s\n%s" % (
                rule, result, seen_guests, seen_source, guests, source, evidence))
            failures += 1
        else:
            print("ok %s: %s, all %d guests from %s" % (rule, result, guests, seen_source))
    return 1 if failures else 0


def main(argv):
    if len(argv) == 3 and argv[1] == "results":
        for rule, (result, _) in sorted(rule_results(argv[2]).items()):
            print(rule, result)
        return 0
    if len(argv) == 4 and argv[1] == "evidence":
        print(rule_results(argv[2]).get(full_id(argv[3]), ("", ""))[1])
        return 0
    if len(argv) >= 5 and argv[1] == "expect":
        return expect(argv[2], argv[3], argv[4], argv[5:])
    if len(argv) == 6 and argv[1] == "guest-lists":
        return guest_lists(argv[2], argv[3], int(argv[4]), argv[5])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
