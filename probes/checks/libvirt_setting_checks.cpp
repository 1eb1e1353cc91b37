// The libvirt setting rules: one generic judgement over the table each rule declares in its
// rule.xml (<libvirt-setting>, compiled into rule_table.cpp). A setting is read as the daemon
// reads it: the one conf parser (model/libvirt_conf), the first assignment, the virconf getter
// of its type; an absent file or key means libvirt's built-in value.
#include <algorithm>
#include <cctype>
#include <regex>

#include "checks/registry.h"
#include "checks/rule_table.h"
#include "facts/libvirt_conf_facts.h"

namespace oscapvirt::checks {
namespace {

constexpr const char* kConfDir = "/etc/libvirt/";
constexpr const char* kModularFiles = "virt*d.conf";

// A value as libvirt's getter hands it to the daemon.
struct Typed {
    long long number = 0;            // Bool (0/1), UInt, Int
    std::string text;                // String
    std::vector<std::string> items;  // StringList, StringOrList
};

struct Reading {
    std::optional<Typed> value;  // nullopt: absent (or an error)
    std::string shown;           // the value for the evidence
    std::string error;           // libvirt refuses it
    std::string from;            // "file" (with line), "fallback KEY", "libvirt-default"
    int line = 0;
};

bool is_text_type(SettingType type) { return type == SettingType::String; }
bool is_list_type(SettingType type) {
    return type == SettingType::StringList || type == SettingType::StringOrList;
}

std::string join(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items) text += (text.empty() ? "" : ",") + item;
    return "[" + text + "]";
}

// The typed getter of `type` over `key` of `conf`, with libvirt's type rules.
Reading read_typed(const model::ConfFile& conf, const std::string& key, SettingType type) {
    Reading reading;
    auto take_number = [&](const auto& setting) {
        if (setting.absent()) return;
        if (setting.invalid()) {
            reading.error = describe_problem(key, setting) + ": libvirt refuses to start with it";
            return;
        }
        reading.value = Typed{static_cast<long long>(setting.value), "", {}};
        reading.shown = std::to_string(reading.value->number);
    };
    switch (type) {
        case SettingType::Bool:
            take_number(conf.boolean(key));
            break;
        case SettingType::UInt:
            take_number(conf.unsigned_int(key));
            break;
        case SettingType::Int:
            take_number(conf.signed_int(key));
            break;
        case SettingType::String: {
            const auto setting = conf.string(key);
            if (setting.invalid())
                reading.error =
                    describe_problem(key, setting) + ": libvirt refuses to start with it";
            else if (setting.present())
                reading.value = Typed{0, setting.value, {}}, reading.shown = setting.value;
            break;
        }
        case SettingType::StringList:
        case SettingType::StringOrList: {
            const auto setting =
                type == SettingType::StringList ? conf.list(key) : conf.string_or_list(key);
            if (setting.invalid())
                reading.error =
                    describe_problem(key, setting) + ": libvirt refuses to start with it";
            else if (setting.present())
                reading.value = Typed{0, "", setting.value}, reading.shown = join(setting.value);
            break;
        }
    }
    if (const model::ConfValue* raw = conf.find(key)) reading.line = raw->line;
    return reading;
}

// A literal of the table (the default, a fixed argument), read with the same parser and getter.
std::optional<Typed> literal(const std::string& text, SettingType type) {
    auto parsed = model::parse_libvirt_conf("v = " + text + "\n");
    if (!std::holds_alternative<model::ConfFile>(parsed)) return std::nullopt;
    return read_typed(std::get<model::ConfFile>(parsed), "v", type).value;
}

std::string upper(std::string text) {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

// The argument of the expectation: a literal, or the XCCDF Value it names.
struct Argument {
    std::string text;
    std::string error;
};

Argument argument_of(const SettingSpec& spec, const Params& params) {
    if (spec.argument.empty() || spec.argument[0] != '$') return {spec.argument, ""};
    const std::string name = upper(spec.argument.substr(1));
    const auto found = params.find(name);
    if (found == params.end() || found->second.empty())
        return {"", "Value " + spec.argument.substr(1) +
                        " not exported to the check (XCCDF_VALUE_" + name + ")"};
    return {found->second, ""};
}

std::optional<long long> to_number(const std::string& text) {
    static const std::regex number("[-+]?[0-9]{1,18}");
    if (!std::regex_match(text, number)) return std::nullopt;
    return std::stoll(text);
}

std::string op_text(SettingOp op) {
    switch (op) {
        case SettingOp::Equals:
            return "equals";
        case SettingOp::NotEquals:
            return "not-equals";
        case SettingOp::AtLeast:
            return "at-least";
        case SettingOp::AtMost:
            return "at-most";
        case SettingOp::Contains:
            return "contains";
        case SettingOp::NoOtherAccess:
            return "no-other-access";
    }
    return "?";
}

// Whether `value` meets the expectation; an error text when it cannot be compared.
struct Judgement {
    bool meets = false;
    std::string error;
};

Judgement judge(const SettingSpec& spec, const Typed& value, const std::string& argument) {
    const bool numeric = !is_text_type(spec.type) && !is_list_type(spec.type);
    auto number = [&]() -> std::optional<long long> { return to_number(argument); };
    switch (spec.op) {
        case SettingOp::Equals:
        case SettingOp::NotEquals: {
            bool same;
            if (numeric) {
                const auto wanted = number();
                if (!wanted) return {false, "expected value " + argument + " is not a number"};
                same = value.number == *wanted;
            } else if (is_list_type(spec.type)) {
                same = join(value.items) == argument;
            } else {
                same = value.text == argument;
            }
            return {spec.op == SettingOp::Equals ? same : !same, ""};
        }
        case SettingOp::AtLeast:
        case SettingOp::AtMost: {
            const auto bound = number();
            if (!numeric || !bound) return {false, "bound " + argument + " is not a number"};
            return {spec.op == SettingOp::AtLeast ? value.number >= *bound : value.number <= *bound,
                    ""};
        }
        case SettingOp::Contains:
            return {
                std::find(value.items.begin(), value.items.end(), argument) != value.items.end(),
                ""};
        case SettingOp::NoOtherAccess: {
            // libvirt reads the mode with virStrToLong_ui(..., 8, ...).
            static const std::regex octal("[0-7]{1,11}");
            if (!std::regex_match(value.text, octal))
                return {false, "\"" + value.text + "\" is not an octal mode: libvirt refuses it"};
            return {(std::stoll(value.text, nullptr, 8) & 07) == 0, ""};
        }
    }
    return {false, "unknown operation"};
}

// The files a setting is judged in: those named (present or not: an absent one is libvirt's
// default) and, for virt*d.conf, every modular daemon's file that is present.
std::vector<std::string> files_of(const SettingSpec& spec, const facts::Snapshot& snapshot) {
    std::vector<std::string> files;
    auto add = [&](const std::string& name) {
        if (std::find(files.begin(), files.end(), name) == files.end()) files.push_back(name);
    };
    for (const std::string& name : spec.files) {
        if (name != kModularFiles) {
            add(name);
            continue;
        }
        for (const auto& [present, reading] : snapshot.libvirt_confs)
            if (facts::is_modular_daemon_conf_name(present)) add(present);
    }
    return files;
}

// The value the daemon runs with for one file: its key, else the fallback key, else the default.
Reading effective(const SettingSpec& spec, const model::ConfFile* conf) {
    if (conf) {
        Reading reading = read_typed(*conf, spec.key, spec.type);
        if (reading.value || !reading.error.empty()) {
            reading.from = "line " + std::to_string(reading.line);
            return reading;
        }
        if (!spec.fallback.empty()) {
            reading = read_typed(*conf, spec.fallback, spec.type);
            if (reading.value || !reading.error.empty()) {
                reading.from = spec.fallback + " line " + std::to_string(reading.line);
                return reading;
            }
        }
    }
    Reading reading;
    reading.from = "libvirt-default";
    if (spec.default_value) {
        reading.value = literal(*spec.default_value, spec.type);
        reading.shown = *spec.default_value;
        if (!reading.value) reading.error = "table default " + *spec.default_value + " unreadable";
    } else {
        reading.shown = "unset";
    }
    return reading;
}

void judge_file(const SettingSpec& spec, const std::string& name, const facts::Snapshot& snapshot,
                const Argument& argument, VerdictBuilder& verdict) {
    const std::string line = field("file", kConfDir + name) + " " + field("key", spec.key);
    const auto found = snapshot.libvirt_confs.find(name);
    const model::ConfFile* conf = nullptr;
    if (found != snapshot.libvirt_confs.end()) {
        if (!found->second) {
            verdict.error(Evidence(line).because(found->second.error()));
            return;
        }
        conf = &*found->second;
    }
    const Reading reading = effective(spec, conf);
    if (!reading.error.empty()) {
        verdict.error(line + " " + field("from", reading.from) + " " +
                      field("reason", reading.error));
        return;
    }
    const std::string described =
        line + " " + field("value", reading.shown) + " " +
        field("from", found == snapshot.libvirt_confs.end() && reading.from == "libvirt-default"
                          ? "libvirt-default (no file)"
                          : reading.from);
    if (!argument.error.empty()) {
        verdict.error(described + " " + field("reason", argument.error));
        return;
    }
    const std::string expected = field("expected", op_text(spec.op) + " " + argument.text);
    if (!reading.value) {  // libvirt picks by host; the table says how that is judged
        (spec.absent == "pass" ? verdict.pass(described)
                               : verdict.fail(described + " " + expected));
        return;
    }
    if (is_text_type(spec.type) && !spec.choices.empty() &&
        std::find(spec.choices.begin(), spec.choices.end(), reading.value->text) ==
            spec.choices.end()) {
        verdict.error(described + " " +
                      field("reason", "libvirt accepts only " + join(spec.choices)));
        return;
    }
    const Judgement judgement = judge(spec, *reading.value, argument.text);
    if (!judgement.error.empty())
        verdict.error(described + " " + field("reason", judgement.error));
    else if (judgement.meets)
        verdict.pass(described);
    else
        verdict.fail(described + " " + expected);
}

// ---- <socket-unit>: the daemons' systemd socket units --------------------------------------

// The mode systemd takes from a SocketMode value (conf-parser.c config_parse_mode, parse-util.c
// parse_mode): octal digits up to 07777; anything else, the empty value included, is logged and
// ignored, leaving the mode as it was.
std::optional<unsigned> systemd_mode(const std::string& value) {
    static const std::regex octal("[0-7]{1,12}");
    if (!std::regex_match(value, octal)) return std::nullopt;
    const unsigned long mode = std::stoul(value, nullptr, 8);
    if (mode > 07777) return std::nullopt;
    return static_cast<unsigned>(mode);
}

void judge_socket_enablement(const std::string& unit, const facts::SocketUnitReading& reading,
                             VerdictBuilder& verdict) {
    Evidence line("unit", unit);
    if (!reading.state) {
        verdict.error(line.because(reading.state.error()));
        return;
    }
    const facts::UnitStatus& status = *reading.state;
    line.add("state", model::unit_state_name(status.state));
    if (!status.unit_file.empty()) line.add("file", status.unit_file);
    switch (status.state) {
        case model::UnitState::Enabled:
        case model::UnitState::EnabledRuntime:  // listening now, until the next reboot
            verdict.fail(line.add("link", status.wanted_by).add("expected", "not-enabled"));
            return;
        default:
            verdict.pass(line);
    }
}

void judge_socket_mode(const SocketUnitSpec& spec, const std::string& unit,
                       const facts::SocketUnitReading& reading, VerdictBuilder& verdict) {
    Evidence line("unit", unit);
    line.add("setting", spec.setting);
    if (!reading.loaded) {
        verdict.error(line.because(reading.loaded.error()));
        return;
    }
    const model::LoadedUnit& loaded = *reading.loaded;
    if (!loaded.file) {  // socket_load requires a fragment: drop-ins alone load nothing
        verdict.pass(line.add("state", "not-found"));
        return;
    }
    if (loaded.file->masked) {
        verdict.pass(line.add("state", "masked").add("file", loaded.file->path));
        return;
    }
    std::string value = spec.default_value, from = "systemd-default";
    for (const model::UnitAssignment& assignment :
         model::unit_setting_assignments(loaded, "Socket", spec.setting)) {
        if (systemd_mode(assignment.value)) value = assignment.value, from = assignment.file;
    }
    const auto mode = systemd_mode(value);
    line.add("value", value).add("from", from);
    if (!mode)
        verdict.error(line.because("default " + value + " is not an octal mode"));
    else if ((*mode & 07) != 0)
        verdict.fail(line.add("expected", "no-other-access"));
    else
        verdict.pass(line);
}

// Each socket unit a rule declares, judged in the snapshot's reading of it.
void judge_socket_units(const SettingRule& rule, const facts::Snapshot& snapshot,
                        VerdictBuilder& verdict) {
    if (rule.socket_units.empty()) return;
    if (!snapshot.libvirt_socket_units) {
        verdict.error(Evidence("object", "systemd socket units")
                          .because("not collected (the units of a remote host are not read)"));
        return;
    }
    for (const SocketUnitSpec& spec : rule.socket_units) {
        for (const std::string& unit : spec.units) {
            const auto found = snapshot.libvirt_socket_units->find(unit);
            if (found == snapshot.libvirt_socket_units->end()) {
                verdict.error(Evidence("unit", unit).because("not among the units collected"));
                continue;
            }
            if (spec.expect == SocketExpect::NotEnabled)
                judge_socket_enablement(unit, found->second, verdict);
            else
                judge_socket_mode(spec, unit, found->second, verdict);
        }
    }
}

facts::Needs needs_of(const SettingRule& rule) {
    return facts::kNeedLibvirtConfs |
           (rule.socket_units.empty() ? facts::Needs{0} : facts::kNeedLibvirtSocketUnits);
}

Verdict judge_rule(const SettingRule& rule, const facts::Snapshot& snapshot, const Params& params) {
    VerdictBuilder verdict;
    judge_socket_units(rule, snapshot, verdict);
    if (snapshot.libvirt_confs_error) {
        verdict.error(unreadable(*snapshot.libvirt_confs_error));
        return std::move(verdict).finish();
    }
    for (const SettingSpec& spec : rule.settings) {
        const Argument argument = argument_of(spec, params);
        for (const std::string& name : files_of(spec, snapshot))
            judge_file(spec, name, snapshot, argument, verdict);
    }
    return std::move(verdict).finish();
}

}  // namespace

void add_libvirt_setting_checks(Registry& registry) {
    for (const SettingRule& rule : setting_rules())
        registry.add({rule.id, needs_of(rule),
                      [&rule](const facts::Snapshot& snapshot, const Params& params) {
                          return judge_rule(rule, snapshot, params);
                      }});
}

}  // namespace oscapvirt::checks
