#include "model/dpkg_status.h"

namespace oscapvirt::model {
namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

}  // namespace

std::optional<std::string> dpkg_installed_version(std::string_view status_file,
                                                  std::string_view package) {
    std::string name, status, version;
    const auto finish = [&]() -> std::optional<std::string> {
        const bool installed = std::string_view(status).ends_with(" ok installed");
        if (name == package && installed && !version.empty()) return version;
        name.clear();
        status.clear();
        version.clear();
        return std::nullopt;
    };
    while (true) {
        const size_t end = status_file.find('\n');
        const std::string_view line = status_file.substr(0, end);
        if (trim(line).empty()) {
            if (auto found = finish()) return found;
        } else if (line[0] != ' ' && line[0] != '\t') {
            const size_t colon = line.find(':');
            if (colon != std::string_view::npos) {
                const std::string_view field = line.substr(0, colon);
                const std::string value(trim(line.substr(colon + 1)));
                if (field == "Package") name = value;
                if (field == "Status") status = value;
                if (field == "Version") version = value;
            }
        }
        if (end == std::string_view::npos) return finish();
        status_file.remove_prefix(end + 1);
    }
}

std::string debian_upstream_version(std::string_view version) {
    const size_t colon = version.find(':');
    if (colon != std::string_view::npos) version.remove_prefix(colon + 1);
    const size_t dash = version.rfind('-');
    if (dash != std::string_view::npos) version = version.substr(0, dash);
    return std::string(version);
}

}  // namespace oscapvirt::model
