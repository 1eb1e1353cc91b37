// libFuzzer target for the Cyrus SASL configuration reader.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

#include "model/sasl_config.h"

namespace {
void require(bool condition) {
    if (!condition) __builtin_trap();
}
bool blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oscapvirt::model;
    const auto parsed =
        parse_sasl_config(std::string_view(reinterpret_cast<const char*>(data), size));
    if (const auto* config = std::get_if<SaslConfig>(&parsed)) {
        for (const SaslOption& option : config->options) {
            require(!option.value.empty() && !blank(option.value.front()) &&
                    !blank(option.value.back()));
            require(option.value.find('\n') == std::string::npos);
            require(config->find(option.key) != nullptr &&
                    config->find(option.key)->line <= option.line);
            for (char c : option.key)
                require((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
            for (const std::string& name : split_mech_list(option.value)) {
                require(!name.empty());
                for (char c : name) require(!blank(c));
            }
        }
    }
    return 0;
}
