#!/usr/bin/env python3
"""Assembles the oscap-virt XCCDF benchmark, its OVAL definitions and SCE shims.

Inputs: xccdf/benchmark.xml (groups, profiles, values, platforms), oval/*.xml (shared OVAL),
and one directory per rule, xccdf/rules/<group>/<rule>/rule.xml, which holds everything about
that rule: texts, severity, guide section, its check (OVAL criteria and objects, or the native
check it runs) and, beside it, its scenarios. Output: a directory with oscap-virt-xccdf.xml,
oscap-virt-oval.xml, sce/<check>.sh and rules.json, ready for `oscap ds sds-compose`.

Errors in the content (missing texts, duplicate titles, dangling OVAL references) stop the build.
"""
import argparse
import copy
import datetime
import json
import os
import re
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET

import rule_metadata

XCCDF = "http://checklists.nist.gov/xccdf/1.2"
OVAL = "http://oval.mitre.org/XMLSchema/oval-definitions-5"
OVAL_COMMON = "http://oval.mitre.org/XMLSchema/oval-common-5"
CPE_LANG = "http://cpe.mitre.org/language/2.0"
XHTML = "http://www.w3.org/1999/xhtml"
SCE_SYSTEM = "http://open-scap.org/page/SCE"
NAMESPACES = {
    "": XCCDF,
    "oval": OVAL_COMMON,
    "oval-def": OVAL,
    "ind": OVAL + "#independent",
    "unix": OVAL + "#unix",
    "linux": OVAL + "#linux",
    "cpe-lang": CPE_LANG,
    "cpe-dict": "http://cpe.mitre.org/dictionary/2.0",
    "html": XHTML,
}
PREFIX = "org.oscapvirt"
OVAL_FILE = "oscap-virt-oval.xml"
CPE_OVAL_FILE = "oscap-virt-cpe-oval.xml"
CPE_DICTIONARY_FILE = "oscap-virt-cpe-dictionary.xml"
CPE_DICT = "http://cpe.mitre.org/dictionary/2.0"
PLATFORM_SOURCE = "platforms.xml"
SEVERITIES = {"low", "medium", "high"}
PROFILES = ("virt_host", "virt_host_public_cloud", "virt_guest")
FIX_SYSTEMS = {"sh": "urn:xccdf:fix:script:sh", "ansible": "urn:xccdf:fix:script:ansible"}
NATIVE_EXPORTS = ("oscap_virt_bin", "oscap_virt_root", "oscap_virt_connect")
SYMBOLIC_ID = re.compile(r"^(def|tst|obj|ste|var):([A-Za-z0-9_]+)$")
OVAL_REF_ATTRIBUTES = ("id", "test_ref", "object_ref", "state_ref", "var_ref", "definition_ref")
OVAL_REF_ELEMENTS = ("filter", "object_reference", "var_ref")
SCENARIO_NAME = re.compile(r"^[a-z0-9_]+\.(pass|fail|error|unknown|notapplicable|notchecked)\.sh$")


class ContentError(Exception):
    pass


def x(tag):
    return "{%s}%s" % (XCCDF, tag)


def local(tag):
    return tag.rsplit("}", 1)[-1]


def paragraphs(element):
    """The text of `element` as paragraphs: indentation and line breaks are source layout."""
    text = textwrap.dedent("".join(element.itertext())).strip()
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def html_text(parent, tag, element):
    """An XCCDF text element holding one XHTML paragraph per source paragraph."""
    node = ET.SubElement(parent, x(tag))
    for paragraph in paragraphs(element):
        ET.SubElement(node, "{%s}p" % XHTML).text = paragraph
    return node


def required(rule_xml, tag, path):
    node = rule_xml.find(tag)
    if node is None or not paragraphs(node):
        raise ContentError("%s: <%s> is missing or empty" % (path, tag))
    return node


class Rule:
    """One rule directory, validated."""

    def __init__(self, directory, registries):
        self.directory = directory
        self.path = os.path.join(directory, "rule.xml")
        root = ET.parse(self.path).getroot()
        self.xml = root
        self.name = os.path.basename(directory)
        if root.get("id") != self.name:
            raise ContentError("%s: id %r must equal the directory name" % (self.path, root.get("id")))
        self.id = "xccdf_%s_rule_%s" % (PREFIX, self.name)
        self.recommendation = root.get("recommendation", "")
        self.severity = root.get("severity", "")
        if self.severity not in SEVERITIES:
            raise ContentError("%s: severity must be one of %s" % (self.path, sorted(SEVERITIES)))
        self.group = root.get("group", "")
        self.profiles = root.get("profiles", "").split()
        unknown = [p for p in self.profiles if p not in PROFILES]
        if unknown or not self.profiles:
            raise ContentError("%s: profiles must be some of %s" % (self.path, PROFILES))
        self.platform = root.get("platform", "")
        self.title = " ".join(required(root, "title", self.path).itertext()).strip()
        self.title = " ".join(self.title.split())
        required(root, "description", self.path)
        required(root, "rationale", self.path)
        guide = root.find("guide")
        if guide is None or not guide.get("section"):
            raise ContentError("%s: <guide section=...> is missing" % self.path)
        self.sections = guide.get("section").split()
        self.oval = root.find("{%s}oval" % OVAL)
        self.native = root.find("native")
        self.manual = root.find(rule_metadata.MANUAL_TAG)
        if [self.oval, self.native, self.manual].count(None) != 2:
            raise ContentError("%s: needs exactly one check: <oval>, <native> or <manual/>" % self.path)
        self.check_kind = "oval" if self.oval is not None else "native" if self.native is not None else "manual"
        try:
            self.meta = rule_metadata.Metadata(root, self.path, registries)
        except rule_metadata.MetadataError as error:
            raise ContentError(str(error))
        if self.manual is not None and self.meta.fixtext is None:
            raise ContentError("%s: a manual rule needs <fixtext> saying what to do" % self.path)
        # A native check is declared once: its id is the rule's id.
        if self.native is not None and self.native.get("check") != self.name:
            raise ContentError("%s: native check %r must be named after its rule %r"
                               % (self.path, self.native.get("check"), self.name))
        self.scenarios = self._scenarios()

    def _scenarios(self):
        directory = os.path.join(self.directory, "scenarios")
        if not os.path.isdir(directory):
            return []
        names = sorted(os.listdir(directory))
        bad = [n for n in names if not SCENARIO_NAME.match(n)]
        if bad:
            raise ContentError("%s: scenario names must be NAME.RESULT.sh: %s" % (directory, bad))
        return [{"name": n[:-3], "expected": n.split(".")[-2], "script": os.path.join(directory, n)}
                for n in names]


def find_rules(rules_dir, registries):
    rules = []
    for group in sorted(os.listdir(rules_dir)):
        group_dir = os.path.join(rules_dir, group)
        for name in sorted(os.listdir(group_dir)):
            if os.path.isfile(os.path.join(group_dir, name, "rule.xml")):
                rules.append(Rule(os.path.join(group_dir, name), registries))
    try:
        registries.check_rules(rules)
    except rule_metadata.MetadataError as error:
        raise ContentError(str(error))
    titles = {}
    for rule in rules:
        if rule.title in titles:
            raise ContentError("duplicate title %r: %s and %s" % (rule.title, titles[rule.title], rule.name))
        titles[rule.title] = rule.name
    return rules


# ---- OVAL --------------------------------------------------------------------------------

def oval_section(element):
    name = local(element.tag)
    if name == "definition":
        return "definitions"
    for suffix, section in (("_test", "tests"), ("_object", "objects"), ("_state", "states"),
                            ("_variable", "variables")):
        if name.endswith(suffix):
            return section
    raise ContentError("unexpected OVAL element <%s>" % name)


def rule_definition(rule):
    """The OVAL definition of an OVAL-checked rule, from its criteria; the rest of its <oval>."""
    definition = ET.Element("{%s}definition" % OVAL, id="def:" + rule.name, version="1",
                            attrib={"class": "compliance"})
    metadata = ET.SubElement(definition, "{%s}metadata" % OVAL)
    ET.SubElement(metadata, "{%s}title" % OVAL).text = rule.title
    ET.SubElement(metadata, "{%s}description" % OVAL).text = " ".join(
        paragraphs(rule.xml.find("description")))
    ET.SubElement(metadata, "{%s}reference" % OVAL, source="oscap-virt", ref_id=rule.id)
    others = []
    for child in rule.oval:
        if local(child.tag) == "export":
            continue  # an XCCDF Value bound to an external_variable, handled by oval_check
        if local(child.tag) == "criteria":
            definition.append(copy.deepcopy(child))
        else:
            others.append(copy.deepcopy(child))
    if definition.find("{%s}criteria" % OVAL) is None:
        raise ContentError("%s: <oval> has no <criteria>" % rule.path)
    return [definition] + others


class OvalNumbering:
    """Symbolic ids (tst:name) to OVAL ids (oval:org.oscapvirt:tst:N), stable for a content set."""

    def __init__(self, elements):
        symbols = {}
        for element in elements:
            for node in element.iter():
                symbol = node.get("id")
                if symbol is None or node is not element:
                    continue
                if not SYMBOLIC_ID.match(symbol):
                    raise ContentError("OVAL id %r is not of the form type:name" % symbol)
                if symbol in symbols:
                    raise ContentError("OVAL id %r defined twice" % symbol)
                symbols[symbol] = True
        self.ids = {}
        for kind in ("def", "tst", "obj", "ste", "var"):
            for number, symbol in enumerate(sorted(s for s in symbols if s.startswith(kind + ":")), 1):
                self.ids[symbol] = "oval:%s:%s:%d" % (PREFIX, kind, number)

    def __call__(self, symbol, where):
        if symbol not in self.ids:
            raise ContentError("%s: reference to undefined OVAL id %r" % (where, symbol))
        return self.ids[symbol]

    def rewrite(self, element, where):
        for node in element.iter():
            for attribute in OVAL_REF_ATTRIBUTES:
                if node.get(attribute) is not None:
                    node.set(attribute, self(node.get(attribute), where))
            if local(node.tag) in OVAL_REF_ELEMENTS and node.text and SYMBOLIC_ID.match(node.text.strip()):
                node.text = self(node.text.strip(), where)
            if node.get("version") is None and node is element:
                node.set("version", "1")


def platform_cpe(short_name):
    """CPE 2.2 names allow no underscore."""
    return "cpe:/a:%s:%s" % (PREFIX, short_name.replace("_", "-"))


def cpe_dictionary(platform_definitions, numbering):
    """One cpe-item per applicability definition, checked by OVAL; oscap reads CPE checks of a
    datastream only through a dictionary."""
    root = ET.Element("{%s}cpe-list" % CPE_DICT)
    for definition in platform_definitions:
        short = definition.get("id").split(":", 1)[1][len("platform_"):]
        item = ET.SubElement(root, "{%s}cpe-item" % CPE_DICT, name=platform_cpe(short))
        title = definition.find("{%s}metadata/{%s}title" % (OVAL, OVAL))
        ET.SubElement(item, "{%s}title" % CPE_DICT, attrib={"xml:lang": "en-us"}).text = title.text
        ET.SubElement(item, "{%s}check" % CPE_DICT, system=OVAL, href=CPE_OVAL_FILE).text = \
            numbering(definition.get("id"), PLATFORM_SOURCE)
    return root


def add_platform_specification(benchmark, platforms, numbering):
    """CPE applicability language platforms, one per applicability definition. oscap 1.3.7
    evaluates their check-fact-refs inside a datastream only when the OVAL they name is also
    reachable through a CPE dictionary component, hence cpe_dictionary() as well."""
    spec = ET.Element("{%s}platform-specification" % CPE_LANG)
    for short in platforms:
        platform = ET.SubElement(spec, "{%s}platform" % CPE_LANG, id=short)
        test = ET.SubElement(platform, "{%s}logical-test" % CPE_LANG, operator="AND", negate="false")
        ET.SubElement(test, "{%s}check-fact-ref" % CPE_LANG, system=OVAL, href=CPE_OVAL_FILE,
                      attrib={"id-ref": numbering("def:platform_" + short, PLATFORM_SOURCE)})
    children = list(benchmark)
    version_at = next(i for i, child in enumerate(children) if child.tag == x("version"))
    benchmark.insert(version_at, spec)


def oval_document(fragments, numbering, timestamp):
    root = ET.Element("{%s}oval_definitions" % OVAL)
    generator = ET.SubElement(root, "{%s}generator" % OVAL)
    ET.SubElement(generator, "{%s}product_name" % OVAL_COMMON).text = "oscap-virt"
    ET.SubElement(generator, "{%s}schema_version" % OVAL_COMMON).text = "5.11"
    ET.SubElement(generator, "{%s}timestamp" % OVAL_COMMON).text = timestamp
    sections = {name: [] for name in ("definitions", "tests", "objects", "states", "variables")}
    for where, element in fragments:
        numbering.rewrite(element, where)
        sections[oval_section(element)].append(element)
    for name, elements in sections.items():
        if elements:
            holder = ET.SubElement(root, "{%s}%s" % (OVAL, name))
            holder.extend(sorted(elements, key=lambda e: int(e.get("id").rsplit(":", 1)[1])))
    return root


# ---- XCCDF -------------------------------------------------------------------------------

def sce_check(rule, exports):
    check = ET.Element(x("check"), system=SCE_SYSTEM)
    ET.SubElement(check, x("check-import"), attrib={"import-name": "stdout"})
    for value in exports:
        ET.SubElement(check, x("check-export"), attrib={
            "value-id": "xccdf_%s_value_%s" % (PREFIX, value), "export-name": value.upper()})
    ET.SubElement(check, x("check-content-ref"), href="sce/%s.sh" % rule.native.get("check"))
    return check


def oval_check(rule, numbering):
    check = ET.Element(x("check"), system=OVAL)
    for export in rule.oval.iter("{%s}export" % OVAL):
        ET.SubElement(check, x("check-export"), attrib={
            "value-id": "xccdf_%s_value_%s" % (PREFIX, export.get("value")),
            "export-name": numbering(export.get("variable"), rule.path)})
    ET.SubElement(check, x("check-content-ref"), href=OVAL_FILE, name=numbering("def:" + rule.name, rule.path))
    return check


def xccdf_rule(rule, numbering, recommendations):
    node = ET.Element(x("Rule"), id=rule.id, selected="false", severity=rule.severity)
    ET.SubElement(node, x("title")).text = rule.title
    rule_metadata.add_documentation(html_text(node, "description", rule.xml.find("description")), rule.meta, XHTML)
    recommendation = "; ".join("%s: %s" % (r, recommendations[r]) for r in rule.recommendation.split())
    for href, text in rule_metadata.reference_elements(rule.meta, recommendation):
        ET.SubElement(node, x("reference"), href=href).text = text
    html_text(node, "rationale", rule.xml.find("rationale"))
    if rule.platform:
        ET.SubElement(node, x("platform"), idref="#" + rule.platform)
    for system, value in rule_metadata.idents(rule.meta):
        ET.SubElement(node, x("ident"), system=system).text = value
    if rule.meta.fixtext is not None:
        html_text(node, "fixtext", rule.meta.fixtext)
    for fix in rule.xml.findall("fix"):
        system = fix.get("system")
        if system not in FIX_SYSTEMS or fix.get("reboot") not in ("true", "false"):
            raise ContentError("%s: <fix> needs system sh|ansible and reboot true|false" % rule.path)
        script = ET.SubElement(node, x("fix"), id="%s_fix_%s" % (rule.name, system), system=FIX_SYSTEMS[system],
                               reboot=fix.get("reboot"), complexity=fix.get("complexity", "low"),
                               disruption=fix.get("disruption", "low"), strategy=fix.get("strategy", "configure"))
        script.text = textwrap.dedent(fix.text or "").strip("\n") + "\n"
    if rule.check_kind == "native":
        exports = list(NATIVE_EXPORTS) + rule.native.get("exports", "").split()
        node.append(sce_check(rule, exports))
    elif rule.check_kind == "oval":
        node.append(oval_check(rule, numbering))
    # A manual rule has no check: XCCDF evaluates it as notchecked, its fixtext says what to do.
    return node


def add_rule_values(benchmark, rules):
    """XCCDF Values a rule declares (short ids), placed with the benchmark's own Values."""
    existing = {v.get("id") for v in benchmark.findall(x("Value"))}
    position = max(i for i, child in enumerate(benchmark) if child.tag in (x("Value"), x("Profile"))) + 1
    for rule in rules:
        for value in rule.xml.findall("values/{%s}Value" % XCCDF):
            value = copy.deepcopy(value)
            value.set("id", "xccdf_%s_value_%s" % (PREFIX, value.get("id")))
            if value.get("id") in existing:
                raise ContentError("%s: Value %s declared twice" % (rule.path, value.get("id")))
            if not value.get("type") or value.get("operator") != "equals":
                raise ContentError("%s: Value %s needs type and operator=\"equals\"" % (rule.path, value.get("id")))
            existing.add(value.get("id"))
            benchmark.insert(position, value)
            position += 1
    for profile in benchmark.findall(x("Profile")):
        for refine in profile.findall(x("refine-value")) + profile.findall(x("set-value")):
            if refine.get("idref") not in existing:
                raise ContentError("profile %s refines unknown Value %s" % (profile.get("id"), refine.get("idref")))


def shim(check_id):
    # SCE maps any exit status it does not know to "notchecked"; a missing or crashing
    # oscap-virt must be an error instead.
    return textwrap.dedent("""\
        #!/bin/sh
        # SCE shim: runs the oscap-virt native check %(id)s.
        bin=${XCCDF_VALUE_OSCAP_VIRT_BIN:-oscap-virt}
        if ! command -v "$bin" >/dev/null 2>&1; then
            echo "result=error reason=\\"oscap-virt not found: $bin\\""; exit 103
        fi
        "$bin" check %(id)s
        status=$?
        case $status in 101|102|103|104|105|106|108) exit $status ;; esac
        echo "result=error reason=\\"oscap-virt exited with status $status\\""; exit 103
        """) % {"id": check_id}


def recommendation_texts(source_dir):
    """Recommendation id -> its one-line text, from xccdf/recommendations.tsv."""
    rows = rule_metadata.read_tsv(os.path.join(source_dir, "xccdf", "recommendations.tsv"), 5)
    return {rid: text for rid, _, _, _, text in rows}


def release_date(source_dir):
    """The benchmark's date, reproducible: SOURCE_DATE_EPOCH, else the date of the last commit,
    else (a source tarball: git archive stamps files with the commit time) the newest content file."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if not epoch:
        try:
            epoch = subprocess.run(["git", "-C", source_dir, "log", "-1", "--format=%ct"], check=True,
                                   capture_output=True, text=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            epoch = ""
    if not epoch:
        content = os.path.join(source_dir, "xccdf")
        epoch = str(int(max(os.path.getmtime(os.path.join(d, f))
                            for d, _, files in os.walk(content) for f in files)))
    if not epoch.isdigit():
        raise ContentError("SOURCE_DATE_EPOCH %r is not a number of seconds" % epoch)
    return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).strftime("%Y-%m-%d")


def project_version(source_dir):
    """VERSION of the project() call in the top CMakeLists.txt, which CMake passes with --version."""
    with open(os.path.join(source_dir, "CMakeLists.txt"), encoding="utf-8") as stream:
        match = re.search(r"^project\(\S+\s+VERSION\s+([0-9][0-9.]*)", stream.read(), re.M)
    if not match:
        raise ContentError("CMakeLists.txt: no project(... VERSION x.y.z)")
    return match.group(1)


def set_status_and_version(benchmark, version, date):
    status = benchmark.find(x("status"))
    if status is None or status.text != "accepted":
        raise ContentError("benchmark.xml: <status> must be accepted")
    status.set("date", date)
    node = benchmark.find(x("version"))
    node.text = version
    node.set("time", date + "T00:00:00")


def assemble(source_dir, output_dir, timestamp, version, date=None):
    for prefix, uri in NAMESPACES.items():
        ET.register_namespace(prefix if prefix != "oval-def" else "oval-def", uri)
    benchmark = ET.parse(os.path.join(source_dir, "xccdf", "benchmark.xml")).getroot()
    try:
        registries = rule_metadata.Registries(os.path.join(source_dir, "xccdf"))
        recommendations = recommendation_texts(source_dir)
    except rule_metadata.MetadataError as error:
        raise ContentError(str(error))
    set_status_and_version(benchmark, version, date or release_date(source_dir))
    rules = find_rules(os.path.join(source_dir, "xccdf", "rules"), registries)

    platform_path = os.path.join(source_dir, "oval", PLATFORM_SOURCE)
    platform_fragments = [(platform_path, e) for e in ET.parse(platform_path).getroot()]
    fragments = []
    for name in sorted(os.listdir(os.path.join(source_dir, "oval"))):
        if name.endswith(".xml") and name != PLATFORM_SOURCE:
            path = os.path.join(source_dir, "oval", name)
            fragments += [(path, e) for e in ET.parse(path).getroot()]
    for rule in rules:
        if rule.check_kind == "oval":
            fragments += [(rule.path, e) for e in rule_definition(rule)]
    numbering = OvalNumbering([e for _, e in fragments + platform_fragments])
    platforms = {d.get("id").split(":", 1)[1][len("platform_"):]
                 for _, d in platform_fragments if local(d.tag) == "definition"}
    add_platform_specification(benchmark, sorted(platforms), numbering)
    groups = {local_group_name(g): g for g in benchmark.findall(x("Group"))}
    profiles = {p.get("id").rsplit("_profile_", 1)[1]: p for p in benchmark.findall(x("Profile"))}
    os.makedirs(os.path.join(output_dir, "sce"), exist_ok=True)
    for rule in rules:
        if rule.platform and rule.platform not in platforms:
            raise ContentError("%s: unknown platform %r" % (rule.path, rule.platform))
        if rule.group not in groups:
            raise ContentError("%s: unknown group %r" % (rule.path, rule.group))
        unknown = [r for r in rule.recommendation.split() if r not in recommendations]
        if unknown:
            raise ContentError("%s: unknown recommendation %s" % (rule.path, unknown))
        groups[rule.group].append(xccdf_rule(rule, numbering, recommendations))
        selected = set(rule.profiles)
        if "virt_host" in selected:
            selected.add("virt_host_public_cloud")  # the public cloud profile includes the host profile
        for profile in PROFILES:
            if profile in selected:
                ET.SubElement(profiles[profile], x("select"), idref=rule.id, selected="true")
        if rule.check_kind == "native":
            path = os.path.join(output_dir, "sce", rule.native.get("check") + ".sh")
            with open(path, "w") as out:
                out.write(shim(rule.native.get("check")))
            os.chmod(path, 0o755)
    add_rule_values(benchmark, rules)
    for group in groups.values():
        if group.find(x("Rule")) is None:
            benchmark.remove(group)

    write_xml(benchmark, os.path.join(output_dir, "oscap-virt-xccdf.xml"))
    write_xml(oval_document(fragments, numbering, timestamp), os.path.join(output_dir, OVAL_FILE))
    platform_definitions = [e for _, e in platform_fragments if local(e.tag) == "definition"]
    write_xml(cpe_dictionary(platform_definitions, numbering),
              os.path.join(output_dir, CPE_DICTIONARY_FILE))
    write_xml(oval_document(platform_fragments, numbering, timestamp),
              os.path.join(output_dir, CPE_OVAL_FILE))
    manifest = [{"rule": r.name, "id": r.id, "title": r.title, "recommendation": r.recommendation,
                 "check": r.check_kind, "native_check": r.native.get("check") if r.native is not None else None,
                 "profiles": r.profiles, "sections": r.sections, "severity": r.severity,
                 **rule_metadata.manifest_entry(r.meta),
                 "scenarios": [{"name": s["name"], "expected": s["expected"],
                                "script": os.path.relpath(s["script"], source_dir)} for s in r.scenarios]}
                for r in rules]
    with open(os.path.join(output_dir, "rules.json"), "w") as out:
        json.dump(manifest, out, indent=1)
    return rules


def write_xml(root, path):
    # Indented on purpose: oscap 1.3.7's reader skips an element that directly follows a
    # self-closing sibling with no whitespace between them (verified: every second <select>
    # of a Profile and the first <check-export> after <check-import/> were silently lost).
    ET.indent(root, space=" ")
    ET.ElementTree(root).write(path, encoding="UTF-8", xml_declaration=True)


def local_group_name(group):
    return group.get("id").rsplit("_group_", 1)[1]


def upgrade_to_scap_1_3(source, target):
    """oscap 1.3.7 composes SCAP 1.2 datastreams; 1.3 changes no element we use, only the version."""
    with open(source, encoding="utf-8") as stream:
        text = stream.read()
    for attribute in ("scap-version", "schematron-version"):
        if text.count('%s="1.2"' % attribute) < 1:
            raise ContentError("%s: no %s 1.2 to upgrade" % (source, attribute))
        text = text.replace('%s="1.2"' % attribute, '%s="1.3"' % attribute)
    with open(target, "w", encoding="utf-8") as stream:
        stream.write(text)


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--scap-1.3":
        try:
            upgrade_to_scap_1_3(sys.argv[2], sys.argv[3])
        except (ContentError, OSError) as error:
            print("build_content: %s" % error, file=sys.stderr)
            return 1
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", required=True, help="project source directory")
    parser.add_argument("--output", required=True, help="directory for the assembled content")
    parser.add_argument("--timestamp", default="2026-01-01T00:00:00")
    parser.add_argument("--version", help="the benchmark version (default: the project version in CMakeLists.txt)")
    args = parser.parse_args()
    try:
        rules = assemble(args.source, args.output, args.timestamp, args.version or project_version(args.source))
    except (ContentError, ET.ParseError) as error:
        print("build_content: %s" % error, file=sys.stderr)
        return 1
    print("build_content: %d rules" % len(rules))
    return 0


if __name__ == "__main__":
    sys.exit(main())
