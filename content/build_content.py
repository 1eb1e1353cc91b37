#!/usr/bin/env python3
"""Assembles the oscap-virt XCCDF benchmark, its OVAL definitions and SCE shims.

Inputs: xccdf/benchmark.xml (groups, profiles, values, platforms), oval/*.xml (shared OVAL),
and one directory per rule, xccdf/rules/<group>/<rule>/rule.xml, which holds everything about
that rule: texts, severity, guide section, its check (OVAL criteria and objects, or the native
check it runs) and, beside it, its scenarios. Output: a directory with oscap-virt-xccdf.xml,
oscap-virt-oval.xml, sce/<check>.sh, fixes/<rule>.sh|yml (each fix as in the datastream, with
the shared helpers of content/fix-helpers.sh it calls) and rules.json.
`build_content.py --compose ASSEMBLED DATASTREAM` then composes the SCAP 1.3 source datastream. Fixes live beside rule.xml as fix.sh and fix.yml.

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

import libvirt_settings
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
        try:
            self.settings = libvirt_settings.settings_of(root, self.path)
            self.socket_units = libvirt_settings.socket_units_of(root, self.path, self.settings)
        except libvirt_settings.TableError as error:
            raise ContentError(str(error))
        if self.socket_units and not self.settings:
            raise ContentError("%s: <socket-unit> belongs to a <libvirt-setting> rule" % self.path)
        if self.settings:
            # A table rule: its native check is generated, with its <socket-unit> judgements.
            # Alongside, <oval> may judge what is not a libvirt setting (both must pass: an XCCDF
            # complex-check). Its <fix> is for that other part (<oval> or <socket-unit>).
            if (self.native is not None or self.manual is not None
                    or (root.find("fix") is not None and self.oval is None
                        and not self.socket_units)):
                raise ContentError("%s: a <libvirt-setting> rule has no <native> or <manual/>, and "
                                   "<fix> only for the part its <oval> or <socket-unit> judges: both come from the "
                                   "table" % self.path)
            self.native = ET.Element("native", check=self.name, exports=" ".join(
                sorted(set().union(*(s.value_refs() for s in self.settings)))))
        elif [self.oval, self.native, self.manual].count(None) != 2:
            raise ContentError("%s: needs exactly one check: <oval>, <native> or <manual/>" % self.path)
        self.check_kind = "native" if self.native is not None else "oval" if self.oval is not None else "manual"
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
        self.fixes = []

    def load_fixes(self, helpers):
        """The rule's fixes: fix.sh and fix.yml beside rule.xml (a <fix> still inline in rule.xml
        is accepted until every rule has moved to files), each checked and, for bash, given the
        shared helper functions it calls."""
        if self.settings:
            # A <libvirt-setting> rule: its fixes are generated from the table (with any inline
            # <fix> of its other part appended), then checked like every other fix.
            self.fixes = [Fix.from_element(self.path, element, helpers)
                          for element in generated_fixes(self, helpers)]
            return
        for system, name in (("sh", "fix.sh"), ("ansible", "fix.yml")):
            path = os.path.join(self.directory, name)
            inline = [f for f in self.xml.findall("fix") if f.get("system") == system]
            if os.path.isfile(path) and inline:
                raise ContentError("%s: %s fix both in rule.xml and in %s" % (self.path, system, name))
            if os.path.isfile(path):
                with open(path, encoding="utf-8") as stream:
                    self.fixes.append(Fix.from_file(path, system, stream.read(), helpers))
            for element in inline:
                self.fixes.append(Fix.from_element(self.path, element, helpers))
        # `# ansible: shell` in fix.sh: the Ansible fix is the same script (helpers inlined) in one
        # shell task, for settings whose grammar no Ansible module reproduces.
        for fix in list(self.fixes):
            if fix.system == "sh" and fix.ansible == "shell":
                if any(f.system == "ansible" for f in self.fixes):
                    raise ContentError("%s: `# ansible: shell` and an Ansible fix of its own" % self.path)
                element = ET.Element("fix", system="ansible", reboot=fix.reboot,
                                     disruption=fix.disruption, complexity=fix.complexity)
                element.text = libvirt_settings.ansible_fix(self.name, helpers.inline(fix.source).rstrip("\n") + "\n")
                self.fixes.append(Fix.from_element(self.path, element, helpers))
        unknown = [f.get("system") for f in self.xml.findall("fix") if f.get("system") not in FIX_SYSTEMS]
        if unknown:
            raise ContentError("%s: <fix> system must be sh or ansible, not %s" % (self.path, unknown))

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


FIX_ATTRIBUTES = {"reboot": ("false", "true"), "disruption": ("low", "medium", "high"),
                  "complexity": ("low", "medium", "high"), "strategy": ("configure", "enable", "disable",
                                                                       "patch", "restrict", "policy")}
FIX_HEADER = re.compile(r"^#\s*(reboot|disruption|complexity|strategy|live-only|ansible):\s*(.*?)\s*$")
EXIT_COMMAND = re.compile(r"(^|[\s;&|(){}])exit([\s;&|)]|$)")
HELPER_FUNCTION = re.compile(r"^(oscap_virt_[a-z0-9_]+)\(\) \{$")


class FixHelpers:
    """The shared functions of content/fix-helpers.sh, each inlined into the fixes calling it."""

    def __init__(self, path):
        self.path = path
        self.functions = {}  # name -> source, in file order
        current = None
        with open(path, encoding="utf-8") as stream:
            for line in stream:
                match = HELPER_FUNCTION.match(line.rstrip("\n"))
                if match:
                    current = match.group(1)
                    self.functions[current] = ""
                if current:
                    self.functions[current] += line
                    if line.rstrip("\n") == "}":
                        current = None
        if current:
            raise ContentError("%s: function %s is not closed by a '}' line" % (path, current))

    def needed_by(self, text):
        """Names of the helpers `text` calls, with the helpers they call in turn."""
        needed, pending = set(), [text]
        while pending:
            source = pending.pop()
            for name, body in self.functions.items():
                if name not in needed and re.search(r"\b%s\b" % name, source):
                    needed.add(name)
                    pending.append(body)
        return [name for name in self.functions if name in needed]

    def inline(self, text):
        needed = self.needed_by(text)
        if not needed:
            return text
        prologue = "".join(self.functions[name] for name in needed)
        return "# Shared oscap-virt fix helpers (content/fix-helpers.sh)\n" + prologue + "\n" + text


class Fix:
    """One remediation of a rule: its script or tasks and the XCCDF fix attributes."""

    def __init__(self, where, system, text, attributes, helpers):
        self.where, self.system = where, system
        for name, allowed in FIX_ATTRIBUTES.items():
            value = attributes.get(name, allowed[0])
            if value not in allowed:
                raise ContentError("%s: fix %s must be one of %s, not %r" % (where, name, allowed, value))
            setattr(self, name, value)
        # A fix whose effect needs the running system (e.g. setsebool), not provable on a root.
        self.live_only = attributes.get("live-only")
        self.ansible = attributes.get("ansible")
        self.source = text
        if system == "sh":
            for number, line in enumerate(text.splitlines(), 1):
                code = line.split(" #", 1)[0] if not line.lstrip().startswith("#") else ""
                if EXIT_COMMAND.search(code):
                    message = ("%s, fix line %d: a fix never exits (it would end the combined script); "
                               "report and return or fall through" % (where, number))
                    if where.endswith("fix.sh"):
                        raise ContentError(message)
                    # A fix still inline in rule.xml: tests/content/check_fixes.sh fails on it.
                    print("build_content: warning: " + message, file=sys.stderr)
            # Each fix runs in its own subshell, as OpenSCAP 1.4 does: its variables stay its
            # own, and even a stray `exit` cannot end the script oscap concatenates.
            text = "(\n" + helpers.inline(text).strip("\n") + "\n)"
        self.text = text.strip("\n") + "\n"

    @classmethod
    def from_file(cls, path, system, text, helpers):
        attributes, body = {}, []
        header = True
        for line in text.splitlines():
            match = FIX_HEADER.match(line) if header else None
            if match:
                attributes[match.group(1)] = match.group(2)
                continue
            if header and (line.startswith("#!") or line.startswith("# shellcheck")):
                continue
            header = header and (not line.strip() or line.startswith("#"))
            body.append(line)
        return cls(path, system, "\n".join(body), attributes, helpers)

    @classmethod
    def from_element(cls, where, element, helpers):
        if element.get("reboot") not in ("true", "false"):
            raise ContentError("%s: <fix> needs reboot true|false" % where)
        return cls(where, element.get("system"), textwrap.dedent(element.text or ""),
                   dict(element.attrib), helpers)


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
    for fix in rule.fixes:
        script = ET.SubElement(node, x("fix"), id="%s_fix_%s" % (rule.name, fix.system),
                               system=FIX_SYSTEMS[fix.system], reboot=fix.reboot,
                               complexity=fix.complexity, disruption=fix.disruption,
                               strategy=fix.strategy)
        script.text = fix.text
        substitute_values(script)
    if rule.check_kind == "native" and rule.oval is not None:
        exports = list(NATIVE_EXPORTS) + rule.native.get("exports", "").split()
        both = ET.SubElement(node, x("complex-check"), operator="AND")
        both.append(sce_check(rule, exports))
        both.append(oval_check(rule, numbering))
    elif rule.check_kind == "native":
        exports = list(NATIVE_EXPORTS) + rule.native.get("exports", "").split()
        node.append(sce_check(rule, exports))
    elif rule.check_kind == "oval":
        node.append(oval_check(rule, numbering))
    # A manual rule has no check: XCCDF evaluates it as notchecked, its fixtext says what to do.
    return node


SUB = re.compile(r"@@SUB:([A-Za-z0-9_]+)@@")


def generated_fixes(rule, helpers):
    """The bash and Ansible fixes of a table rule, from its <libvirt-setting> declarations."""
    if not rule.settings:
        return []
    subs = {ref: "@@SUB:%s@@" % ref for s in rule.settings for ref in s.value_refs()}
    bash = libvirt_settings.bash_fix(rule.name, rule.settings, subs)
    fixes = []
    ansible = libvirt_settings.ansible_fix(rule.name, helpers.inline(bash))
    for system, text in (("sh", bash), ("ansible", ansible)):
        # A rule that also judges something else (its <oval>) appends that part's own fix.
        extra = [textwrap.dedent(f.text or "").strip("\n") for f in rule.xml.findall("fix")
                 if f.get("system") == system]
        fixes.append(ET.Element("fix", system=system, reboot="false", disruption="low",
                                complexity="low"))
        fixes[-1].text = "\n".join([text.rstrip("\n")] + extra) + "\n"
    return fixes


def substitute_values(script):
    """@@SUB:value@@ placeholders of a generated fix become XCCDF <sub idref=".."/> elements."""
    parts = SUB.split(script.text)
    script.text = parts[0]
    for i in range(1, len(parts), 2):
        sub = ET.SubElement(script, x("sub"), idref="xccdf_%s_value_%s" % (PREFIX, parts[i]))
        sub.tail = parts[i + 1]


def value_defaults(source_dir, rules):
    """The default of every XCCDF Value, by short id: the generated scenarios' expectations."""
    values = {}
    benchmark = ET.parse(os.path.join(source_dir, "xccdf", "benchmark.xml")).getroot()
    nodes = [(v.get("id").rsplit("_value_", 1)[-1], v) for v in benchmark.findall(x("Value"))]
    for rule in rules:
        nodes += [(v.get("id"), v) for v in rule.xml.findall("values/{%s}Value" % XCCDF)]
    for short, node in nodes:
        value = node.find(x("value"))
        values[short] = (value.text or "") if value is not None else ""
    return values


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
    helpers = FixHelpers(os.path.join(source_dir, "content", "fix-helpers.sh"))
    for rule in rules:
        rule.load_fixes(helpers)

    platform_path = os.path.join(source_dir, "oval", PLATFORM_SOURCE)
    platform_fragments = [(platform_path, e) for e in ET.parse(platform_path).getroot()]
    fragments = []
    for name in sorted(os.listdir(os.path.join(source_dir, "oval"))):
        if name.endswith(".xml") and name != PLATFORM_SOURCE:
            path = os.path.join(source_dir, "oval", name)
            fragments += [(path, e) for e in ET.parse(path).getroot()]
    for rule in rules:
        if rule.oval is not None:
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
    generated = {r.name: libvirt_settings.scenarios(r.name, r.settings, value_defaults(source_dir, rules),
                                                    r.oval is not None)
                 for r in rules if r.settings}
    for rule in rules:
        rule.scenarios += [{"name": "%s.%s" % (name, expected), "expected": expected,
                            "script": os.path.join(source_dir, "generated", rule.name, name)}
                           for name, (expected, _) in sorted(generated.get(rule.name, {}).items())]
    # Each fix as it lands in the datastream, its Values at their defaults, for shellcheck and
    # ansible-lint (tests/content).
    os.makedirs(os.path.join(output_dir, "fixes"), exist_ok=True)
    defaults = value_defaults(source_dir, rules)
    for rule in rules:
        for fix in rule.fixes:
            suffix = "sh" if fix.system == "sh" else "yml"
            with open(os.path.join(output_dir, "fixes", "%s.%s" % (rule.name, suffix)), "w") as out:
                out.write(("#!/bin/bash\n" if fix.system == "sh" else "")
                          + SUB.sub(lambda m: defaults[m.group(1)], fix.text))
    manifest = [{"rule": r.name, "id": r.id, "title": r.title, "recommendation": r.recommendation,
                 "check": r.check_kind + ("+oval" if r.native is not None and r.oval is not None else ""), "native_check": r.native.get("check") if r.native is not None else None,
                 "profiles": r.profiles, "sections": r.sections, "severity": r.severity,
                 **rule_metadata.manifest_entry(r.meta),
                 "fixes": {f.system: {"live_only": f.live_only} for f in r.fixes},
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


DS = "http://scap.nist.gov/schema/scap/source/1.2"
XLINK = "http://www.w3.org/1999/xlink"
CATALOG = "urn:oasis:names:tc:entity:xmlns:xml:catalog"
SCE_STREAM = "http://open-scap.org/page/SCE_xccdf_stream"
DS_PREFIX = "scap_org.open-scap_"  # the ids `oscap ds sds-compose` gave, kept stable


def compose_datastream(assembled, target, timestamp):
    """The SCAP 1.3 source datastream, composed as plain XML: what `oscap ds sds-compose` and
    `sds-add` made with OpenSCAP 1.3, which OpenSCAP 1.4 no longer has. One XCCDF checklist, the
    CPE dictionary, the rule and platform OVAL, and each SCE shim as an extended component; every
    href the XCCDF and the dictionary use is resolved by a catalog to its component."""
    for prefix, uri in (("ds", DS), ("xlink", XLINK), ("cat", CATALOG), ("oscap-sce-xccdf-stream", SCE_STREAM)):
        ET.register_namespace(prefix, uri)

    def d(tag):
        return "{%s}%s" % (DS, tag)

    def ref_id(name):
        return DS_PREFIX + "cref_" + name.replace("/", "--")

    collection = ET.Element(d("data-stream-collection"), {
        "id": DS_PREFIX + "collection_from_xccdf_oscap-virt-xccdf.xml", "schematron-version": "1.3"})
    stream = ET.SubElement(collection, d("data-stream"), {
        "id": DS_PREFIX + "datastream_from_xccdf_oscap-virt-xccdf.xml", "scap-version": "1.3",
        "use-case": "OTHER"})
    scripts = sorted(os.path.join("sce", n) for n in os.listdir(os.path.join(assembled, "sce")))
    sections = {name: ET.SubElement(stream, d(name))
                for name in ("dictionaries", "checklists", "checks", "extended-components")}
    components = []

    def reference(section, name, kind, catalog=()):
        node = ET.SubElement(sections[section], d("component-ref"), {
            "id": ref_id(name), "{%s}href" % XLINK: "#%s%s_%s" % (DS_PREFIX, kind, name.replace("/", "--"))})
        if catalog:
            cat = ET.SubElement(node, "{%s}catalog" % CATALOG)
            for uri in catalog:
                ET.SubElement(cat, "{%s}uri" % CATALOG, name=uri, uri="#" + ref_id(uri))

    reference("dictionaries", CPE_DICTIONARY_FILE, "comp", [CPE_OVAL_FILE])
    reference("checklists", "oscap-virt-xccdf.xml", "comp", scripts + [CPE_OVAL_FILE, OVAL_FILE])
    reference("checks", OVAL_FILE, "comp")
    reference("checks", CPE_OVAL_FILE, "comp")
    for name in (OVAL_FILE, "oscap-virt-xccdf.xml", CPE_OVAL_FILE, CPE_DICTIONARY_FILE):
        component = ET.Element(d("component"), id=DS_PREFIX + "comp_" + name, timestamp=timestamp)
        component.append(ET.parse(os.path.join(assembled, name)).getroot())
        components.append(component)
    for name in scripts:
        reference("extended-components", name, "ecomp")
        component = ET.Element(d("extended-component"), id=DS_PREFIX + "ecomp_" + name.replace("/", "--"),
                               timestamp=timestamp)
        with open(os.path.join(assembled, name), encoding="utf-8") as stream_file:
            ET.SubElement(component, "{%s}script" % SCE_STREAM).text = stream_file.read()
        components.append(component)
    collection.extend(components)
    write_xml(collection, target)


def main():
    if len(sys.argv) in (4, 5) and sys.argv[1] == "--compose":
        try:
            compose_datastream(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) == 5 else "2026-01-01T00:00:00")
        except (ContentError, OSError, ET.ParseError) as error:
            print("build_content: %s" % error, file=sys.stderr)
            return 1
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", required=True, help="project source directory")
    parser.add_argument("--output", required=True, help="directory for the assembled content")
    parser.add_argument("--timestamp", default="2026-01-01T00:00:00")
    parser.add_argument("--cxx", action="store_true",
                        help="write only the C++ rule table (titles, libvirt settings) to OUTPUT")
    parser.add_argument("--scenarios", action="store_true",
                        help="write only the table rules' generated scenarios under OUTPUT")
    parser.add_argument("--version", help="the benchmark version (default: the project version in CMakeLists.txt)")
    args = parser.parse_args()
    if args.cxx or args.scenarios:
        try:
            registries = rule_metadata.Registries(os.path.join(args.source, "xccdf"))
            rules = find_rules(os.path.join(args.source, "xccdf", "rules"), registries)
            if args.cxx:
                text = libvirt_settings.cxx_table(rules)
                old = open(args.output).read() if os.path.exists(args.output) else None
                if old != text:  # an unchanged table does not rebuild oscap-virt
                    with open(args.output, "w") as out:
                        out.write(text)
            else:
                libvirt_settings.write_scenarios(rules, value_defaults(args.source, rules), args.output)
        except (ContentError, ET.ParseError, libvirt_settings.TableError,
                rule_metadata.MetadataError) as error:
            print("build_content: %s" % error, file=sys.stderr)
            return 1
        return 0
    try:
        rules = assemble(args.source, args.output, args.timestamp, args.version or project_version(args.source))
    except (ContentError, ET.ParseError) as error:
        print("build_content: %s" % error, file=sys.stderr)
        return 1
    print("build_content: %d rules" % len(rules))
    return 0


if __name__ == "__main__":
    sys.exit(main())
