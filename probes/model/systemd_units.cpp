#include "model/systemd_units.h"

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
    if (!file) return UnitState::NotFound;
    if (file->masked)
        return file->path.rfind("/run/", 0) == 0 ? UnitState::MaskedRuntime : UnitState::Masked;
    if (wanted_in_etc) return UnitState::Enabled;
    if (wanted_in_run) return UnitState::EnabledRuntime;
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

}  // namespace oscapvirt::model
