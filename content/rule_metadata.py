"""What auditors read about a rule besides its check: its identifier, the NIST SP 800-53 controls
it enforces, published items that require the same setting (CCE, DISA STIG and SRG, CIS), the
exact guide sections it implements, documentation links and fix text. Used by build_content.py.

A rule declares them in one block right after its <guide .../> line (see xccdf/RULES.md):

  <ident>OSCAPVIRT-0031</ident>
  <controls nist="AC-6(2) IA-2"/>
  <equivalent cce="rhel8:CCE-80901-2" stig="RHEL-08-010550" srg="SRG-OS-000109-GPOS-00056"
              cis="rhel9:5.1.20"/>
  <reference href="https://...">Project, document: setting</reference>
  <fixtext>How to fix it by hand.</fixtext>

The registries that keep these honest live in xccdf/: idents.tsv (every identifier ever
allocated, never reused), nist-800-53r5.tsv (the controls we may name, with their titles) and
guide-sections.tsv (title and URL of each guide section).
"""
import os
import re
import xml.etree.ElementTree as ET

IDENT_SYSTEM = "urn:oscap-virt:ident"
IDENT_PATTERN = re.compile(r"^OSCAPVIRT-\d{4}$")
RECOMMENDATION_SYSTEM = "urn:oscap-virt:recommendation"
CCE_SYSTEM = "https://ncp.nist.gov/cce"
# ComplianceAsCode's convention, which `oscap xccdf generate report` recognises: its "Group
# rules by NIST SP 800-53 ID" keys on this URL prefix (xccdf-references.xsl), and Foreman lists
# the reference under the same name. One <reference> per control, its id as the text.
NIST_HREF = "http://nvlpubs.nist.gov/nistpubs/SpecialPublications/NIST.SP.800-53r5.pdf"
NIST_CONTROL = re.compile(r"^[A-Z]{2}-\d+(\(\d+\))?$")
STIG_HREF = "https://www.cyber.mil/stigs/downloads/?_dl_facet_stigs=operating-systems%2Cunix-linux"
GPOS_SRG_HREF = "https://www.cyber.mil/stigs/downloads/?_dl_facet_stigs=operating-systems%2Cgeneral-purpose-os"
VMM_SRG_HREF = "https://www.cyber.mil/stigs/downloads/"  # Virtual Machine Manager SRG
CIS_HREF = "https://www.cisecurity.org/cis-benchmarks"
PRODUCTS = {"rhel8": "Red Hat Enterprise Linux 8", "rhel9": "Red Hat Enterprise Linux 9"}
# The CIS benchmark versions whose numbering the cis= items follow.
CIS_BENCHMARKS = {"rhel8": "CIS Red Hat Enterprise Linux 8 Benchmark v4.0.0",
                  "rhel9": "CIS Red Hat Enterprise Linux 9 Benchmark v2.0.0"}
STIG_PRODUCTS = {"RHEL-08": "rhel8", "RHEL-09": "rhel9"}
STIG_ID = re.compile(r"^(RHEL-0[89])-\d{6}$")
SRG_ID = re.compile(r"^SRG-OS-\d{6}-(GPOS-\d{5}|VMM-\d{6})$")
CCE_ID = re.compile(r"^CCE-\d{4,5}-\d$")
CIS_ITEM = re.compile(r"^\d+(\.\d+)+$")
# Published items that must be declared in <equivalent>, not as free-form references.
RESERVED_HREFS = ("https://ncp.nist.gov/cce", "https://public.cyber.mil/stigs", "https://www.cyber.mil/stigs",
                  "http://nvlpubs.nist.gov", "https://nvlpubs.nist.gov", "https://csrc.nist.gov")
MANUAL_TAG = "manual"
DOCUMENTATION_CLASS = "oscap-virt-documentation"


class MetadataError(Exception):
    pass


def read_tsv(path, columns):
    rows = []
    with open(path, encoding="utf-8") as stream:
        for number, line in enumerate(stream, 1):
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != columns:
                raise MetadataError("%s:%d: expected %d tab-separated fields" % (path, number, columns))
            rows.append(fields)
    return rows


class Registries:
    """xccdf/idents.tsv, xccdf/nist-800-53r5.tsv and xccdf/guide-sections.tsv."""

    def __init__(self, xccdf_dir):
        self.idents = {}  # ident -> (rule, status)
        for ident, rule, status in read_tsv(os.path.join(xccdf_dir, "idents.tsv"), 3):
            if not IDENT_PATTERN.match(ident) or status not in ("active", "retired"):
                raise MetadataError("idents.tsv: bad row %s %s %s" % (ident, rule, status))
            if ident in self.idents:
                raise MetadataError("idents.tsv: %s allocated twice" % ident)
            self.idents[ident] = (rule, status)
        active = [rule for rule, status in self.idents.values() if status == "active"]
        duplicates = sorted({r for r in active if active.count(r) > 1})
        if duplicates:
            raise MetadataError("idents.tsv: rules with two active identifiers: %s" % duplicates)
        self.controls = dict(read_tsv(os.path.join(xccdf_dir, "nist-800-53r5.tsv"), 2))
        self.sections = {}
        for section, title, url, scope in read_tsv(os.path.join(xccdf_dir, "guide-sections.tsv"), 4):
            if scope not in ("section", "enclosing", "single-page"):
                raise MetadataError("guide-sections.tsv: %s: scope must be section, enclosing or single-page"
                                    % section)
            self.sections[section] = {"title": title, "url": url, "scope": scope}

    def check_rules(self, rules):
        """Every rule has exactly the active identifier the registry allocated to it."""
        by_rule = {rule: ident for ident, (rule, status) in self.idents.items() if status == "active"}
        names = {r.name for r in rules}
        for rule in rules:
            ident = rule.meta.ident
            registered = self.idents.get(ident)
            if registered is None:
                raise MetadataError("%s: identifier %s is not allocated in xccdf/idents.tsv" % (rule.path, ident))
            if registered != (rule.name, "active"):
                raise MetadataError("%s: identifier %s belongs to %s (%s) in xccdf/idents.tsv"
                                    % (rule.path, ident, registered[0], registered[1]))
        stale = sorted(rule for rule in by_rule if rule not in names)
        if stale:
            raise MetadataError("xccdf/idents.tsv: active identifiers for rules that do not exist: %s "
                                "(mark them retired)" % stale)


def _split(element, attribute):
    return (element.get(attribute) or "").split() if element is not None else []


def _product_items(values, pattern, path, what):
    items = []
    for value in values:
        product, _, item = value.partition(":")
        if product not in PRODUCTS or not pattern.match(item):
            raise MetadataError("%s: %s %r must be PRODUCT:ID with PRODUCT one of %s"
                                % (path, what, value, sorted(PRODUCTS)))
        items.append((product, item))
    return items


class Metadata:
    """The auditor-facing block of one rule.xml, validated."""

    def __init__(self, rule_xml, path, registries):
        ident = rule_xml.find("ident")
        self.ident = (ident.text or "").strip() if ident is not None else ""
        if not IDENT_PATTERN.match(self.ident):
            raise MetadataError("%s: <ident>OSCAPVIRT-NNNN</ident> is missing (allocate one in xccdf/idents.tsv)"
                                % path)
        self.controls = _split(rule_xml.find("controls"), "nist")
        if not self.controls:
            raise MetadataError("%s: <controls nist=\"...\"/> names no NIST SP 800-53 control" % path)
        for control in self.controls:
            if not NIST_CONTROL.match(control) or control not in registries.controls:
                raise MetadataError("%s: NIST control %r is not in xccdf/nist-800-53r5.tsv" % (path, control))
        equivalent = rule_xml.find("equivalent")
        self.cce = _product_items(_split(equivalent, "cce"), CCE_ID, path, "cce")
        self.cis = _product_items(_split(equivalent, "cis"), CIS_ITEM, path, "cis")
        self.stig = _split(equivalent, "stig")
        self.srg = _split(equivalent, "srg")
        for item, pattern in [(s, STIG_ID) for s in self.stig] + [(s, SRG_ID) for s in self.srg]:
            if not pattern.match(item):
                raise MetadataError("%s: %r is not a STIG or SRG id" % (path, item))
        self.references = []
        for reference in rule_xml.findall("reference"):
            href = reference.get("href", "")
            if not href.startswith("https://") or not (reference.text or "").strip():
                raise MetadataError("%s: a <reference> needs an https href and a text" % path)
            if href.startswith(RESERVED_HREFS):
                raise MetadataError("%s: declare CCE, STIG, SRG and NIST items in <equivalent>/<controls>, "
                                    "not as <reference href=%r>" % (path, href))
            self.references.append((href, " ".join(reference.text.split())))
        fixtext = rule_xml.find("fixtext")
        self.fixtext = fixtext
        self.sections = []
        guide = rule_xml.find("guide")
        for section in guide.get("section", "").split() if guide is not None else []:
            if section not in registries.sections:
                raise MetadataError("%s: guide section %s is not in xccdf/guide-sections.tsv" % (path, section))
            self.sections.append(dict(registries.sections[section], number=section))


def guide_reference_text(section):
    text = "Virtualization Security Guide (RHEL 6), section %s: %s" % (section["number"], section["title"])
    if section["scope"] == "single-page":
        text += " (single-page edition; no per-section page)"
    return text


def reference_elements(meta, recommendation_text):
    """(href, text) of every reference of a rule, in the order the XCCDF Rule lists them."""
    refs = [(s["url"], guide_reference_text(s)) for s in meta.sections]
    if recommendation_text:
        refs.append((RECOMMENDATION_SYSTEM, recommendation_text))
    refs += [(NIST_HREF, control) for control in meta.controls]
    refs += [(STIG_HREF, item) for item in meta.stig]
    refs += [(VMM_SRG_HREF if "-VMM-" in item else GPOS_SRG_HREF, item) for item in meta.srg]
    refs += [(CIS_HREF, "%s, %s" % (CIS_BENCHMARKS[product], item)) for product, item in meta.cis]
    refs += [(CCE_SYSTEM, "%s (%s)" % (item, PRODUCTS[product])) for product, item in meta.cce]
    return refs


def add_documentation(description, meta, xhtml):
    """The documentation links of a rule, as a list at the end of its description. Links, not
    XCCDF references: `oscap xccdf generate report` offers every distinct reference URL as a way
    to group rules, which is useful for standards (NIST, STIG, the guide) and noise for manuals."""
    if not meta.references:
        return
    ET.SubElement(description, "{%s}p" % xhtml).text = "Documentation of the settings this rule reads:"
    items = ET.SubElement(description, "{%s}ul" % xhtml, attrib={"class": DOCUMENTATION_CLASS})
    for href, text in meta.references:
        ET.SubElement(ET.SubElement(items, "{%s}li" % xhtml), "{%s}a" % xhtml, href=href).text = text


def idents(meta):
    """(system, value) of every <ident>: ours first, then CCEs of the same setting."""
    return [(IDENT_SYSTEM, meta.ident)] + [(CCE_SYSTEM, item) for _, item in meta.cce]


def manifest_entry(meta):
    return {"ident": meta.ident, "controls": meta.controls, "stig": meta.stig, "srg": meta.srg,
            "cce": [item for _, item in meta.cce],
            "cis": ["%s %s" % (product, item) for product, item in meta.cis],
            "has_fixtext": meta.fixtext is not None}
