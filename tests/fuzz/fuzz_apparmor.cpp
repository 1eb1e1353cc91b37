// libFuzzer target for the AppArmor readers: the loaded-profiles list, process labels, policy
// text, pattern expansion and glob matching. Besides "no crash, leak or hang": every file rule
// the policy reader returns has a path and permissions, and a label prints back to its text.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "model/apparmor.h"

namespace {

namespace model = oscapvirt::model;

void require(bool condition, const char* what) {
    if (condition) return;
    std::fprintf(stderr, "fuzz_apparmor: %s\n", what);
    std::abort();
}

void fuzz_policy(std::string_view text) {
    const auto parsed = model::parse_apparmor_policy(text);
    if (std::holds_alternative<model::ParseError>(parsed)) return;
    const auto vars = model::default_apparmor_variables();
    for (const auto& rule : std::get<model::AppArmorPolicyText>(parsed).file_rules) {
        require(!rule.path.empty() && !rule.perms.empty(), "file rule without path or perms");
        const auto globs = model::expand_apparmor_pattern(rule.path, vars, 64);
        if (const auto* list = std::get_if<std::vector<std::string>>(&globs))
            for (const std::string& glob : *list) {
                model::apparmor_glob_matches(glob, "/home/user/.ssh/authorized_keys");
                model::apparmor_glob_matches(glob, std::string(text.substr(0, 200)));
            }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    model::parse_apparmor_profiles(text);
    const auto label = model::parse_apparmor_label(text);
    if (const auto* parsed = std::get_if<model::AppArmorLabel>(&label)) {
        const auto again = model::parse_apparmor_label(parsed->to_string());
        require(std::holds_alternative<model::AppArmorLabel>(again) &&
                    std::get<model::AppArmorLabel>(again).to_string() == parsed->to_string(),
                "label does not print back to itself");
    }
    fuzz_policy(text);
    return 0;
}
