// libFuzzer target for the sysctl.d reader: option table invariants (one option per key,
// normalized keys) and the kernel integer parser on every value.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

#include "model/sysctl.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oscapvirt::model;
    const std::string text = fuzz::text_of(data, size);
    SysctlOptions options;
    options.add_file(text, "/etc/sysctl.d/fuzz.conf");
    options.add_file(text.substr(size / 2), "/etc/sysctl.conf");
    std::set<std::string> keys;
    for (const auto& option : options.options()) {
        fuzz::require(keys.insert(option.key).second);  // an assignment again replaces, never adds
        fuzz::require(!option.key.empty() && option.key.find("//") == std::string::npos);
        fuzz::require(option.line > 0);
        if (option.value) (void)kernel_int_value(*option.value);
    }
    for (const auto& write : sysctl_writes(options, kIpv4ForwardingKeys))
        fuzz::require(write.option != nullptr && write.option->value.has_value());
    return 0;
}
