// libFuzzer target for the sshd_config reader: the input is split at the first NUL into a main
// file and one file every Include names (itself included, so recursion is exercised too).
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

#include "model/sshd_config.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    const std::size_t split = input.find('\0');
    const std::string main = input.substr(0, split);
    const std::string included = split == std::string::npos ? main : input.substr(split + 1);
    using namespace oscapvirt::model;
    auto resolver = [&](const std::string& pattern) -> SshdIncludeResult {
        fuzz::require(!pattern.empty());
        if (pattern.find("missing") != std::string::npos) return std::vector<SshdSource>{};
        if (pattern.find("bad") != std::string::npos) return std::string("unreadable");
        return std::vector<SshdSource>{{"/etc/ssh/inc.conf", included}};
    };
    const auto parsed = parse_sshd_config({"/etc/ssh/sshd_config", main}, resolver);
    if (const auto* config = std::get_if<SshdConfig>(&parsed)) {
        const std::string value = config->permit_root_login_for_any_connection();
        fuzz::require(value == "no" || value == "yes" || value == "prohibit-password" ||
                      value == "forced-commands-only");
        fuzz::require(!config->files.empty() && config->files.front() == "/etc/ssh/sshd_config");
        for (const auto& conditional : config->conditional_permit_root_login)
            fuzz::require(conditional.setting.line > 0 && conditional.match_line > 0);
    } else {
        fuzz::require(!std::get<ParseError>(parsed).message.empty());
    }
    return 0;
}
