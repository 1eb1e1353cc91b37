// libFuzzer target for the sysctl.d reader: option table invariants (one option per key,
// normalized keys) and the kernel integer parser on every value.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

#include "model/sysctl.h"

namespace {
void require(bool condition) {
    if (!condition) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oscapvirt::model;
    const std::string text(reinterpret_cast<const char*>(data), size);
    SysctlOptions options;
    options.add_file(text, "/etc/sysctl.d/fuzz.conf");
    options.add_file(text.substr(size / 2), "/etc/sysctl.conf");
    std::set<std::string> keys;
    for (const auto& option : options.options()) {
        require(keys.insert(option.key).second);  // an assignment again replaces, never adds
        require(!option.key.empty() && option.key.find("//") == std::string::npos);
        require(option.line > 0);
        if (option.value) (void)kernel_int_value(*option.value);
    }
    for (const auto& write : sysctl_writes(options, kIpv4ForwardingKeys))
        require(write.option != nullptr && write.option->value.has_value());
    return 0;
}
