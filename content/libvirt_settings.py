"""The libvirt daemon settings table.

A rule whose answer is a setting of a libvirt configuration file (qemu.conf, libvirtd.conf,
virtqemud.conf, virtproxyd.conf, ...) declares it once, in its rule.xml:

    <libvirt-setting file="qemu.conf" key="spice_tls" type="bool" expect="equals:1"
                     default="0" good="1" bad="0" daemons="virtqemud libvirtd"/>

From that declaration come the native check (a C++ table compiled into oscap-virt, run through
the SCE shim), the bash and Ansible fixes (around the one shared helper
content/fix-helpers.sh) and the common scenarios. xccdf/RULES.md documents the
attributes.
"""
import os
import re
import textwrap
import xml.etree.ElementTree as ET

# type -> the virconf getter libvirt reads the key with (src/util/virconf.c).
TYPES = {
    "bool": "virConfGetValueBool",
    "uint": "virConfGetValueUInt",
    "int": "virConfGetValueInt",
    "string": "virConfGetValueString",
    "string-list": "virConfGetValueStringList (compatString false)",
    "string-or-list": "virConfGetValueStringList (compatString true)",
}
NUMERIC = {"bool", "uint", "int"}
OPERATIONS = {"equals", "not-equals", "at-least", "at-most", "contains", "no-other-access"}
MODULAR = "virt*d.conf"  # every modular daemon's configuration present in /etc/libvirt
CONF_NAME = re.compile(r"^(qemu|libvirtd|virt[a-z]+d)\.conf$")
FIX_WHEN = {"", "selinux"}


class TableError(Exception):
    pass


def literal_kind(type_name):
    """The kind oscap_virt_conf_read reports for a well-typed value."""
    return "n" if type_name in NUMERIC else ("s" if type_name == "string" else "l")


def parse_literal(text):
    """A libvirt literal of the table (1, -1, "sasl", [ "mount" ]) as (kind, value)."""
    text = text.strip()
    if re.fullmatch(r"[-+]?[0-9]+", text):
        return "n", str(int(text))
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return "s", text[1:-1]
    if text.startswith("[") and text.endswith("]"):
        items = re.findall(r"\"([^\"]*)\"|'([^']*)'", text)
        return "l", [a or b for a, b in items]
    raise TableError("%r is not a libvirt literal" % text)


class Setting:
    def __init__(self, element, where):
        self.where = where
        get = element.get
        self.files = (get("file") or "").split()
        self.key = get("key") or ""
        self.type = get("type") or ""
        expect = get("expect") or ""
        self.operation, _, self.argument = expect.partition(":")
        self.default = get("default")
        self.absent = get("absent")
        self.fallback = get("fallback") or ""
        self.choices = (get("choices") or "").split()
        self.good = get("good")
        self.bad = get("bad")
        self.fix_when = get("fix-when") or ""
        self.daemons = (get("daemons") or "").split()
        if not self.files or not all(CONF_NAME.match(f) or f == MODULAR for f in self.files):
            raise TableError("%s: file must name files in /etc/libvirt (or %s)" % (where, MODULAR))
        if self.files[0] == MODULAR:
            raise TableError("%s: the first file must be a concrete name" % where)
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", self.key):
            raise TableError("%s: bad key %r" % (where, self.key))
        if self.type not in TYPES:
            raise TableError("%s: type must be one of %s" % (where, sorted(TYPES)))
        if self.operation not in OPERATIONS:
            raise TableError("%s: expect must be OPERATION:ARGUMENT, OPERATION one of %s"
                             % (where, sorted(OPERATIONS)))
        if (self.default is None) == (self.absent is None):
            raise TableError("%s: exactly one of default (libvirt's value) or absent=pass|fail" % where)
        if self.absent not in (None, "pass", "fail"):
            raise TableError("%s: absent must be pass or fail" % where)
        if self.good is None or self.bad is None:
            raise TableError("%s: good and bad literals are needed (fix and scenarios)" % where)
        literals = [self.bad] + ([self.default] if self.default is not None else [])
        if not self.good.startswith("$"):  # "$value_id": the fix writes the XCCDF Value
            literals.append(self.good)
        for text in literals:
            kind, _ = parse_literal(text)
            if kind != literal_kind(self.type) and not (self.type == "string-or-list" and kind == "s"):
                raise TableError("%s: %r is not a %s" % (where, text, self.type))
        if self.fix_when not in FIX_WHEN:
            raise TableError("%s: fix-when must be one of %s" % (where, sorted(FIX_WHEN)))
        if not self.daemons:
            raise TableError("%s: daemons (to restart after a fix) missing" % where)

    def good_with(self, values):
        return values[self.good[1:]] if self.good.startswith("$") else self.good

    def value_refs(self):
        return {t[1:] for t in (self.argument, self.good) if t.startswith("$")}

    def value_ref(self):
        """The XCCDF Value the expectation names ($value_id), or None."""
        return self.argument[1:] if self.argument.startswith("$") else None

    def argument_with(self, values):
        ref = self.value_ref()
        return values[ref] if ref else self.argument

    def meets(self, literal, values):
        """Whether a literal value passes: the scenarios' oracle (the check itself is C++)."""
        kind, value = parse_literal(literal)
        argument = self.argument_with(values)
        if kind == "s" and self.type == "string-or-list":
            kind, value = "l", [value]
        if self.operation == "equals":
            return str(value) == argument
        if self.operation == "not-equals":
            return str(value) != argument
        if self.operation == "at-least":
            return int(value) >= int(argument)
        if self.operation == "at-most":
            return int(value) <= int(argument)
        if self.operation == "contains":
            return argument in value
        return re.fullmatch(r"[0-7]+", value) is not None and int(value, 8) & 7 == 0

    def absent_passes(self, values):
        if self.absent is not None:
            return self.absent == "pass"
        return self.meets(self.default, values)


def settings_of(rule_xml, path):
    settings = [Setting(e, "%s: <libvirt-setting key=%r>" % (path, e.get("key")))
                for e in rule_xml.findall("libvirt-setting")]
    for setting in settings[1:]:
        if setting.fix_when != settings[0].fix_when:
            raise TableError("%s: fix-when must be the same for every setting of a rule" % path)
    return settings


class SocketUnit:
    """One <socket-unit> of a table rule: systemd socket units of libvirt's daemons and what
    must hold of each (xccdf/RULES.md). "*" in a unit name stands for each daemon of `daemons`
    (default: every daemon the rule's <libvirt-setting> elements name)."""

    EXPECT = {"not-enabled": "NotEnabled", "no-other-access": "NoOtherAccess"}

    def __init__(self, element, where, settings):
        names = (element.get("units") or "").split()
        daemons = (element.get("daemons") or "").split()
        if not daemons:
            for s in settings:
                daemons += [d for d in s.daemons if d not in daemons]
        self.expect = element.get("expect")
        self.setting = element.get("setting") or ""
        self.default = element.get("default") or ""
        if not names:
            raise TableError("%s: units missing" % where)
        if self.expect not in self.EXPECT:
            raise TableError("%s: expect must be one of %s" % (where, ", ".join(sorted(self.EXPECT))))
        if self.expect == "no-other-access" and not (self.setting and self.default):
            raise TableError("%s: no-other-access needs setting= and default= (systemd's value)" % where)
        self.units = []
        for name in names:
            if "*" in name and not daemons:
                raise TableError("%s: %r needs daemons" % (where, name))
            for unit in ([name.replace("*", d) for d in daemons] if "*" in name else [name]):
                if not re.match(r"^[a-z]+d-[a-z]+\.socket$|^[a-z]+d\.socket$", unit):
                    raise TableError("%s: %r is not a daemon's socket unit" % (where, unit))
                if unit not in self.units:
                    self.units.append(unit)


def socket_units_of(rule_xml, path, settings):
    return [SocketUnit(e, "%s: <socket-unit units=%r>" % (path, e.get("units")), settings)
            for e in rule_xml.findall("socket-unit")]


# ---- fixes -------------------------------------------------------------------------------

def shell_quote(text):
    return "'" + text.replace("'", "'\"'\"'") + "'"


def bash_fix(rule_name, settings, value_subs):
    """The bash fix: the shared helper, then one oscap_virt_conf_set per file and setting.
    value_subs maps a Value id to the placeholder the caller turns into an XCCDF <sub>."""
    lines = ["# %s: generated from its <libvirt-setting> table" % rule_name,
             "oscap_virt_changed=0"]
    daemons = []
    for s in settings:
        ref = s.value_ref()
        argument = '"%s"' % value_subs[ref] if ref else shell_quote(s.argument)
        if s.default is not None:
            default_kind, default = parse_literal(s.default)
            if isinstance(default, list):
                default = "\n".join(default)
        else:
            # No single built-in value (libvirt chooses by host): absent passes or fails as declared.
            default_kind, default = ("absent-passes", "") if s.absent == "pass" else ("absent-fails", "")
        call = ("oscap_virt_status=0\n"
                "oscap_virt_conf_set %(file)s %(key)s %(kind)s %(operation)s %(argument)s \\\n"
                "    %(default_kind)s %(default)s %(good)s %(fallback)s || oscap_virt_status=$?\n"
                "if [ \"$oscap_virt_status\" -eq 0 ]; then oscap_virt_changed=1; fi")
        fields = {"key": s.key, "kind": literal_kind(s.type), "operation": s.operation,
                  "argument": argument, "default_kind": shell_quote(default_kind),
                  "default": shell_quote(default), "fallback": shell_quote(s.fallback)}
        good = shell_quote(s.good)
        if s.good.startswith("$"):
            good = '"%s"' % value_subs[s.good[1:]]
        fields["good"] = good
        for name in s.files:
            if name != MODULAR:
                lines.append(call % dict(fields, file=shell_quote("/etc/libvirt/" + name)))
            else:  # every modular daemon's file present
                lines.append("for oscap_virt_conf in /etc/libvirt/virt*d.conf; do\n"
                             "    [ -e \"$oscap_virt_conf\" ] || continue\n"
                             + textwrap.indent(call % dict(fields, file='"$oscap_virt_conf"'), "    ")
                             + "\ndone")
        daemons += [d for d in s.daemons if d not in daemons]
    lines.append('if [ "$oscap_virt_changed" -eq 1 ]; then oscap_virt_restart_daemons %s; fi'
                 % " ".join(daemons))
    body = "\n".join(lines) + "\n"
    if settings[0].fix_when == "selinux":
        body = body.replace("oscap_virt_changed=0\n", textwrap.dedent("""\
            oscap_virt_changed=0
            if ! oscap_virt_selinux_host; then
                echo "oscap-virt: %s: SELinux is not this host's enabled security module; nothing changed" >&2
            else
            """) % rule_name, 1) + "fi\n"
    return body


def ansible_fix(rule_name, bash):
    """The Ansible fix: the same script in one shell task (the grammar needs the helper's
    reader, which no Ansible module reproduces)."""
    script = textwrap.indent(bash, "    ")
    return ("- name: Set the libvirt configuration %s requires\n"
            "  ansible.builtin.shell:\n"
            "    executable: /bin/bash\n"
            "    cmd: |\n%s"
            "  register: oscap_virt_%s_result\n"
            "  changed_when: \"'oscap-virt: /' in oscap_virt_%s_result.stdout\"\n"
            % (rule_name, textwrap.indent(bash, "      "), rule_name, rule_name))


# ---- scenarios ---------------------------------------------------------------------------

def _verdict(passes):
    return "pass" if passes else "fail"


def _file_lines(path, lines):
    return "host_file %s %s" % (path, " ".join(shell_quote(l) for l in lines))


def scenarios(rule_name, settings, values, with_oval=False):
    """The common scenarios of a table rule: {name: (expected, script)}. They are registered
    like hand-written ones and run through the real oscap. The first setting of the rule gets
    the whole set; the other settings hold a passing value (a bad one in their own scenario)."""
    first, others = settings[0], settings[1:]
    name = first.files[0]
    path = "/etc/libvirt/" + name
    key, good, bad = first.key, first.good_with(values), first.bad
    default_passes = first.absent_passes(values)
    absent = _verdict(default_passes)
    # Settings of the same file must pass by default for the whole file's absence to pass.
    file_absent = _verdict(default_passes and all(
        o.absent_passes(values) for o in others if o.files[0] == name))

    def others_good(skip=None, redirect=None):
        lines = []
        for o in others:
            if o is skip or o.absent_passes(values):
                continue
            target = "/etc/libvirt/" + o.files[0]
            if redirect and o.files[0] == name:
                target = redirect
            lines.append("printf '%%s\\n' %s >> \"$ROOT%s\"" % (shell_quote("%s = %s" % (o.key, o.good_with(values))), target))
        return lines

    def own(lines):
        return (["host_base", _file_lines(path, ["# %s of a generated scenario" % name] + lines)]
                + others_good())

    def replaced(commands):
        return ["host_base", "rm -f \"$ROOT%s\"" % path] + commands

    # The fix is proven (tests/scenarios/run_fix.sh, bash and Ansible) on the scenario that
    # needs the most of its reader: a lone CR. host_base is an SELinux host, so a
    # fix-when="selinux" fix acts there too. Other failing scenarios are left unmarked to keep
    # the CI time of the fix tests bounded.
    rem = []
    cr_rem = ["# remediation: pass"]
    out = {}

    def add(scenario, expected, comment, body, extra=()):
        if with_oval and expected == "error":
            # The rule is a complex-check (this table AND its <oval>); oscap 1.3.7 reports
            # error AND pass as unknown. Still never a pass.
            expected = "unknown"
        header = ["# Generated from the <libvirt-setting> table of %s (content/libvirt_settings.py):"
                  % rule_name, "# " + comment] + list(extra)
        out["gen_" + scenario] = (expected, "\n".join(header + body) + "\n")

    add("absent", absent, "%s not set: libvirt's built-in value decides" % key, own([]),
        rem if absent == "fail" else [])
    add("no_file", file_absent, "no %s at all: libvirt's built-in values decide" % name,
        replaced(others_good()) if file_absent == absent else replaced([]))
    add("good", "pass", "%s = %s" % (key, good), own(["%s = %s" % (key, good)]))
    add("bad", "fail", "%s = %s" % (key, bad), own(["%s = %s" % (key, bad)]), rem)
    add("commented", absent, "a commented-out assignment is no setting",
        own(["#%s = %s" % (key, bad if default_passes else good)]))
    add("first_wins", "fail", "libvirt uses the first assignment: later ones change nothing",
        own(["%s = %s" % (key, bad), "%s = %s" % (key, good)]), rem)
    add("first_wins_good", "pass", "the first assignment is good; a later bad one is ignored",
        own(["%s = %s" % (key, good), "%s = %s" % (key, bad)]))
    add("semicolon", "fail", "';' separates statements on one line",
        own(["oscap_virt_other = 1; %s = %s" % (key, bad)]), rem)
    add("carriage_return", "fail", "a lone carriage return ends a line for libvirt",
        replaced(["printf '# %%s\\r%s = %%s\\r' comment %s > \"$ROOT%s\"" % (key, shell_quote(bad), path)]
                 + others_good()), cr_rem)
    add("inside_string", absent, "an assignment inside a \"\"\" string is part of the string",
        own(['oscap_virt_note = """', "%s = %s" % (key, bad if default_passes else good), '"""']))
    if first.type in NUMERIC:
        number = parse_literal(bad)[1]
        if int(number) >= 0:
            add("plus_sign", "fail", "+N is the number N", own(["%s = +%s" % (key, number)]), rem)
        number = parse_literal(good)[1]
        if int(number) >= 0:
            add("plus_sign_good", "pass", "+N is the number N", own(["%s = +%s" % (key, number)]))
        add("wrong_type", "error", "a string where libvirt reads a number: libvirt refuses the file",
            own(["%s = \"%s\"" % (key, parse_literal(good)[1])]))
    else:
        add("wrong_type", "error", "a number where libvirt reads a string: libvirt refuses the file",
            own(["%s = 1" % key]))
    if first.type == "bool":
        add("minus_zero", "error", "-0 is a signed number, which libvirt refuses for a boolean",
            own(["%s = -0" % key]))
    add("syntax_error", "error", "a file libvirt cannot parse", own(["%s = " % key]))
    add("fifo", "error", "a FIFO in place of the file is never read as empty",
        replaced(["mkfifo \"$ROOT%s\"" % path]))
    add("directory", "error", "a directory in place of the file",
        replaced(["mkdir -p \"$ROOT%s\"" % path]))
    target = "/srv/libvirt-conf/" + name
    add("symlink_in_root", "fail",
        "an absolute symbolic link is followed inside the judged root, not on the scanning machine",
        replaced([_file_lines(target, ["%s = %s" % (key, bad)]),
                  "ln -s %s \"$ROOT%s\"" % (target, path)] + others_good(redirect=target)), rem)
    for other_file in first.files[1:]:
        concrete = "virtqemud.conf" if other_file == MODULAR else other_file
        add("bad_in_" + concrete.split(".")[0], "fail", "%s = %s in %s" % (key, bad, concrete),
            own([]) + [_file_lines("/etc/libvirt/" + concrete, ["%s = %s" % (key, bad)])],
            rem if default_passes else [])
    for o in others:
        target = "$ROOT/etc/libvirt/" + o.files[0]
        add("bad_" + o.key, "fail", "%s = %s" % (o.key, o.bad),
            own([]) + ['touch "%s"' % target,
                       "{ printf '%%s\\n' %s; cat \"%s\"; } > \"%s.new\"" % (
                           shell_quote("%s = %s" % (o.key, o.bad)), target, target),
                       'mv "%s.new" "%s"' % (target, target)], rem)
    return out


def write_scenarios(rules, values, output_dir):
    """Writes each table rule's generated scenarios to OUTPUT/<rule>/scenarios/<name>.<expected>.sh
    (the layout of a rule directory, so that tests register them alike)."""
    written = {}
    for rule in rules:
        if not rule.settings:
            continue
        directory = os.path.join(output_dir, rule.name, "scenarios")
        os.makedirs(directory, exist_ok=True)
        written[rule.name] = []
        for name, (expected, script) in sorted(
                scenarios(rule.name, rule.settings, values, rule.oval is not None).items()):
            path = os.path.join(directory, "%s.%s.sh" % (name, expected))
            with open(path, "w") as stream:
                stream.write(script)
            written[rule.name].append({"name": "%s.%s" % (name, expected), "expected": expected,
                                       "script": path})
    return written


# ---- the C++ table -----------------------------------------------------------------------

def cxx_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cxx_setting(s):
    default = "std::nullopt" if s.default is None else "std::optional<std::string>(%s)" % cxx_string(s.default)
    return ("        {{%s}, %s, SettingType::%s, {%s}, SettingOp::%s, %s, %s, %s, %s}" % (
        ", ".join(cxx_string(f) for f in s.files), cxx_string(s.key),
        {"bool": "Bool", "uint": "UInt", "int": "Int", "string": "String",
         "string-list": "StringList", "string-or-list": "StringOrList"}[s.type],
        ", ".join(cxx_string(c) for c in s.choices),
        {"equals": "Equals", "not-equals": "NotEquals", "at-least": "AtLeast", "at-most": "AtMost",
         "contains": "Contains", "no-other-access": "NoOtherAccess"}[s.operation],
        cxx_string(s.argument), default, cxx_string(s.absent or ""), cxx_string(s.fallback)))


def cxx_socket_unit(u):
    return "            {{%s}, SocketExpect::%s, %s, %s}" % (
        ", ".join(cxx_string(n) for n in u.units), SocketUnit.EXPECT[u.expect],
        cxx_string(u.setting), cxx_string(u.default))


def cxx_table(rules):
    """checks/rule_table.cpp: every native rule's title, and the setting rules' declarations."""
    out = ["// Generated by content/build_content.py from xccdf/rules/*/*/rule.xml: do not edit.",
           '#include "checks/rule_table.h"', "", "namespace oscapvirt::checks {", "",
           "const std::vector<RuleText>& native_rule_texts() {",
           "    static const std::vector<RuleText> texts = {"]
    for rule in rules:
        if rule.check_kind == "native":
            out.append("        {%s, %s}," % (cxx_string(rule.name), cxx_string(rule.title)))
    out += ["    };", "    return texts;", "}", "",
            "const std::vector<SettingRule>& setting_rules() {",
            "    static const std::vector<SettingRule> rules = {"]
    for rule in rules:
        if rule.settings:
            out.append("        {%s, {" % cxx_string(rule.name))
            out += ["    " + cxx_setting(s) + "," for s in rule.settings]
            out.append("        }, {")
            out += [cxx_socket_unit(u) + "," for u in rule.socket_units]
            out.append("        }},")
    out += ["    };", "    return rules;", "}", "", "}  // namespace oscapvirt::checks", ""]
    return "\n".join(out)
