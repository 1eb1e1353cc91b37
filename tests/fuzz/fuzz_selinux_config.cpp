// libFuzzer target for the /etc/selinux/config reader: no crash, and the invariants the checks
// rely on (line numbers inside the input, a mode only with the line that set it).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "model/selinux_config.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    int lines = 1;
    for (char c : text) lines += c == '\n';
    const auto config = oscapvirt::model::parse_selinux_config(text);
    fuzz::require(config.mode.has_value() == (config.mode_line > 0));
    fuzz::require(config.mode_line <= lines && config.policy_type_line <= lines);
    fuzz::require(config.policy_type.has_value() == (config.policy_type_line > 0));
    for (int line : config.ignored_mode_lines) fuzz::require(line > 0 && line <= lines);
    if (config.policy_type) fuzz::require(config.policy_type->find('\0') == std::string_view::npos);
    return 0;
}
