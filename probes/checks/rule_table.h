#pragma once
// What the rules declare in their rule.xml, compiled in: content/build_content.py --cxx writes
// rule_table.cpp from xccdf/rules/*/*/rule.xml at build time, so a native check's title and a
// libvirt setting rule's table exist once, in the rule's directory.
#include <optional>
#include <string>
#include <vector>

namespace oscapvirt::checks {

// A native rule's id (= its check's id) and its XCCDF title.
struct RuleText {
    std::string id;
    std::string title;
};
const std::vector<RuleText>& native_rule_texts();

// The virconf getter libvirt reads a setting with (src/util/virconf.c).
enum class SettingType {
    Bool,          // virConfGetValueBool
    UInt,          // virConfGetValueUInt
    Int,           // virConfGetValueInt
    String,        // virConfGetValueString
    StringList,    // virConfGetValueStringList, compatString false
    StringOrList,  // virConfGetValueStringList, compatString true
};

enum class SettingOp { Equals, NotEquals, AtLeast, AtMost, Contains, NoOtherAccess };

// One <libvirt-setting> of a rule.xml; xccdf/RULES.md documents the attributes.
struct SettingSpec {
    // Names of files in /etc/libvirt; "virt*d.conf" stands for every modular daemon's file there.
    std::vector<std::string> files;
    std::string key;
    SettingType type = SettingType::Bool;
    std::vector<std::string> choices;  // values libvirt accepts; empty: any of the type
    SettingOp op = SettingOp::Equals;
    std::string argument;                      // a literal, or "$value_id" (an XCCDF Value)
    std::optional<std::string> default_value;  // libvirt's built-in value, as a literal
    std::string absent;                        // "pass"/"fail" when libvirt picks by host
    std::string fallback;                      // a key libvirt reads when `key` is absent
};

// One <socket-unit> of a rule.xml: systemd socket units of libvirt's daemons (names expanded
// by build_content.py) and what must hold of each; xccdf/RULES.md documents the attributes.
enum class SocketExpect {
    NotEnabled,     // not enabled (a /etc or /run *.wants or *.requires link)
    NoOtherAccess,  // the effective `setting` (an octal mode) grants others nothing
};
struct SocketUnitSpec {
    std::vector<std::string> units;
    SocketExpect expect = SocketExpect::NotEnabled;
    std::string setting;        // [Socket] key, for NoOtherAccess
    std::string default_value;  // systemd's value when no assignment is in effect
};

struct SettingRule {
    std::string id;
    std::vector<SettingSpec> settings;              // all must hold
    std::vector<SocketUnitSpec> socket_units = {};  // all must hold too
};
const std::vector<SettingRule>& setting_rules();

}  // namespace oscapvirt::checks
