#include "model/systemd_units.h"

#include <algorithm>
#include <array>
#include <set>

namespace oscapvirt::model {
namespace {

std::string_view trim(std::string_view text) {
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!text.empty() && blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && blank(text.back())) text.remove_suffix(1);
    return text;
}

}  // namespace

std::string_view unit_state_name(UnitState state) {
    switch (state) {
        case UnitState::Enabled:
            return "enabled";
        case UnitState::EnabledRuntime:
            return "enabled-runtime";
        case UnitState::Disabled:
            return "disabled";
        case UnitState::Static:
            return "static";
        case UnitState::Indirect:
            return "indirect";
        case UnitState::Masked:
            return "masked";
        case UnitState::MaskedRuntime:
            return "masked-runtime";
        case UnitState::NotFound:
            return "not-found";
    }
    return "unknown";
}

InstallInfo unit_install_info(std::string_view text) {
    InstallInfo info = InstallInfo::None;
    bool in_install = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t newline = std::min(text.find('\n', pos), text.size());
        const std::string_view line = trim(text.substr(pos, newline - pos));
        pos = newline + 1;
        if (line.empty() || line[0] == '#' || line[0] == ';') continue;
        if (line[0] == '[') {
            in_install = line == "[Install]";
            continue;
        }
        if (!in_install) continue;
        const std::size_t equals = line.find('=');
        if (equals == std::string_view::npos) continue;
        const std::string_view key = trim(line.substr(0, equals));
        const std::string_view value = trim(line.substr(equals + 1));
        if (value.empty()) continue;
        if (key == "WantedBy" || key == "RequiredBy" || key == "UpheldBy" || key == "Alias")
            return InstallInfo::Rules;
        if (key == "Also") info = InstallInfo::AlsoOnly;
    }
    return info;
}

UnitState unit_file_state(const std::optional<UnitFile>& file, bool wanted_in_etc,
                          bool wanted_in_run) {
    UnitLinks links;
    links.in_etc = wanted_in_etc;
    links.in_run = wanted_in_run;
    return unit_file_state(file, links);
}

UnitState unit_file_state(const std::optional<UnitFile>& file, const UnitLinks& links) {
    if (!file) return UnitState::NotFound;
    if (file->masked)
        return file->path.rfind("/run/", 0) == 0 ? UnitState::MaskedRuntime : UnitState::Masked;
    if (links.in_etc) return UnitState::Enabled;
    if (links.in_run) return UnitState::EnabledRuntime;
    if (links.instance_in_vendor) return UnitState::Static;
    if (links.instances_in_config) return UnitState::Indirect;
    switch (unit_install_info(file->text)) {
        case InstallInfo::Rules:
            return UnitState::Disabled;
        case InstallInfo::AlsoOnly:
            return UnitState::Indirect;
        case InstallInfo::None:
            break;
    }
    return UnitState::Static;
}

namespace {

constexpr std::array<std::string_view, 11> kUnitTypes = {"service", "socket",    "target", "device",
                                                         "mount",   "automount", "swap",   "timer",
                                                         "path",    "slice",     "scope"};

// unit-name.c: the characters a unit name may hold besides the one '@'.
bool valid_unit_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' ||
           c == '-' || c == '_' || c == '.' || c == '\\';
}

// The logical lines of a unit file: physical lines ending in a backslash joined with a space.
std::vector<std::string> logical_lines(std::string_view text) {
    std::vector<std::string> lines;
    std::string pending;
    bool continued = false;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const std::size_t newline = std::min(text.find('\n', pos), text.size());
        std::string_view line = text.substr(pos, newline - pos);
        pos = newline + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        const std::string_view trimmed = trim(line);
        // conf-parser.c: a comment line inside a continuation is skipped.
        if (continued && !trimmed.empty() && (trimmed[0] == '#' || trimmed[0] == ';')) {
            if (newline == text.size()) break;
            continue;
        }
        if (!line.empty() && line.back() == '\\') {
            line.remove_suffix(1);
            pending.append(line);
            pending.push_back(' ');
            continued = true;
        } else {
            pending.append(line);
            lines.push_back(std::move(pending));
            pending.clear();
            continued = false;
        }
        if (newline == text.size()) break;
    }
    if (continued) lines.push_back(std::move(pending));
    return lines;
}

}  // namespace

std::string UnitName::full() const {
    return prefix + (templated ? "@" + instance : std::string()) + "." + type;
}

std::string UnitName::template_name() const { return prefix + "@." + type; }

std::optional<UnitName> parse_unit_name(std::string_view name) {
    if (name.empty() || name.size() > 255) return std::nullopt;
    const std::size_t dot = name.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return std::nullopt;
    UnitName unit;
    unit.type = std::string(name.substr(dot + 1));
    if (std::find(kUnitTypes.begin(), kUnitTypes.end(), unit.type) == kUnitTypes.end())
        return std::nullopt;
    const std::string_view stem = name.substr(0, dot);
    const std::size_t at = stem.find('@');
    unit.templated = at != std::string_view::npos;
    unit.prefix = std::string(stem.substr(0, at));
    if (unit.templated) unit.instance = std::string(stem.substr(at + 1));
    if (unit.prefix.empty()) return std::nullopt;
    for (char c : unit.prefix + unit.instance)
        if (!valid_unit_char(c)) return std::nullopt;
    return unit;
}

std::vector<std::string> unit_dropin_dir_names(std::string_view unit) {
    std::vector<std::string> names;
    const auto parsed = parse_unit_name(unit);
    if (!parsed) return names;
    names.push_back(std::string(unit) + ".d");
    if (parsed->templated && !parsed->instance.empty())
        names.push_back(parsed->template_name() + ".d");
    // "a-b-c" -> "a-b-", "a-": each shorter prefix ending in a dash (unit_file_find_dirs).
    std::string prefix = parsed->prefix;
    while (!prefix.empty()) {
        prefix.pop_back();  // drop the dash just kept, or the last character
        const std::size_t dash = prefix.rfind('-');
        if (dash == std::string::npos) break;
        prefix.resize(dash + 1);
        names.push_back(prefix + "." + parsed->type + ".d");
    }
    names.push_back(parsed->type + ".d");
    return names;
}

std::vector<UnitFile> order_dropins(std::vector<UnitFile> found) {
    const auto base = [](const UnitFile& file) {
        return std::string_view(file.path).substr(file.path.rfind('/') + 1);
    };
    std::vector<UnitFile> kept;
    std::set<std::string_view> seen;
    for (UnitFile& file : found)
        if (seen.insert(base(file)).second) kept.push_back(std::move(file));
    std::stable_sort(kept.begin(), kept.end(),
                     [&](const UnitFile& a, const UnitFile& b) { return base(a) < base(b); });
    return kept;
}

std::vector<UnitAssignment> unit_setting_assignments(const LoadedUnit& unit,
                                                     std::string_view section,
                                                     std::string_view key) {
    std::vector<UnitAssignment> assignments;
    if (!unit.file || unit.file->masked) return assignments;
    const auto apply = [&](const UnitFile& file) {
        if (file.masked) return;
        std::string current;
        for (const std::string& raw : logical_lines(file.text)) {
            const std::string_view line = trim(raw);
            if (line.empty() || line[0] == '#' || line[0] == ';') continue;
            if (line[0] == '[') {
                current = line.back() == ']' ? std::string(line.substr(1, line.size() - 2)) : "";
                continue;
            }
            if (current != section) continue;
            const std::size_t equals = line.find('=');
            if (equals == std::string_view::npos || trim(line.substr(0, equals)) != key) continue;
            assignments.push_back({file.path, std::string(trim(line.substr(equals + 1)))});
        }
    };
    apply(*unit.file);
    for (const UnitFile& dropin : unit.dropins) apply(dropin);
    return assignments;
}

std::vector<std::string> unit_setting_values(const LoadedUnit& unit, std::string_view section,
                                             std::string_view key) {
    std::vector<std::string> values;
    for (UnitAssignment& assignment : unit_setting_assignments(unit, section, key)) {
        if (assignment.value.empty())
            values.clear();
        else
            values.push_back(std::move(assignment.value));
    }
    return values;
}

}  // namespace oscapvirt::model
