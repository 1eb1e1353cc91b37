#!/usr/bin/env python3
"""The identifier registry xccdf/idents.tsv is sound: every identifier is allocated once, every
rule of the content has exactly one active identifier and carries it, and the registry is
append-only across the project's history (an identifier keeps its rule forever; a retired one
never comes back and is never given to another rule).

Usage: check_idents.py SOURCE_DIR RULES_JSON"""
import json
import os
import re
import subprocess
import sys

ROW = re.compile(r"^(OSCAPVIRT-\d{4})\t([a-z0-9_]+)\t(active|retired)$")
REGISTRY = "xccdf/idents.tsv"


def parse(text, where):
    rows, problems = {}, []
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("#") or not line.strip():
            continue
        match = ROW.match(line)
        if not match:
            problems.append("%s:%d: not 'OSCAPVIRT-NNNN<TAB>rule<TAB>active|retired': %r" % (where, number, line))
            continue
        ident, rule, status = match.groups()
        if ident in rows:
            problems.append("%s:%d: %s allocated twice" % (where, number, ident))
        rows[ident] = (rule, status)
    return rows, problems


def history(source):
    """(commit, registry text) of every committed version, oldest first; None outside git."""
    try:
        commits = subprocess.run(["git", "-C", source, "log", "--reverse", "--format=%H", "--", REGISTRY],
                                 check=True, capture_output=True, text=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return None
    versions = []
    for commit in commits:
        shown = subprocess.run(["git", "-C", source, "show", "%s:%s" % (commit, REGISTRY)],
                               capture_output=True, text=True)
        if shown.returncode == 0:  # absent in a commit that deleted it: that deletion is caught below
            versions.append((commit[:12], shown.stdout))
    return versions


def main():
    source, manifest_path = sys.argv[1], sys.argv[2]
    with open(os.path.join(source, REGISTRY), encoding="utf-8") as stream:
        current, problems = parse(stream.read(), REGISTRY)
    with open(manifest_path) as stream:
        manifest = json.load(stream)
    active = {}
    for ident, (rule, status) in current.items():
        if status == "active":
            if rule in active:
                problems.append("%s: two active identifiers, %s and %s" % (rule, active[rule], ident))
            active[rule] = ident
    names = set()
    for rule in manifest:
        names.add(rule["rule"])
        if active.get(rule["rule"]) != rule.get("ident"):
            problems.append("%s: carries %s, the registry allocates %s" % (rule["rule"], rule.get("ident"),
                                                                          active.get(rule["rule"])))
    for rule, ident in sorted(active.items()):
        if rule not in names:
            problems.append("%s: active identifier %s for a rule that no longer exists: mark it retired"
                            % (rule, ident))
    versions = history(source)
    if versions is None:
        print("not a git checkout: history of %s not checked" % REGISTRY)
    else:
        for commit, text in versions:
            rows, _ = parse(text, "%s@%s" % (REGISTRY, commit))
            for ident, (rule, status) in rows.items():
                now = current.get(ident)
                if now is None:
                    problems.append("%s (rule %s, commit %s) was removed from the registry" % (ident, rule, commit))
                elif now[0] != rule:
                    problems.append("%s belonged to %s (commit %s) and is now given to %s"
                                    % (ident, rule, commit, now[0]))
                elif status == "retired" and now[1] == "active":
                    problems.append("%s was retired (commit %s) and is active again" % (ident, commit))
    for problem in problems:
        print(problem)
    print("%d identifiers, %d rules, %d registry versions, %d problems"
          % (len(current), len(manifest), len(versions or []), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
