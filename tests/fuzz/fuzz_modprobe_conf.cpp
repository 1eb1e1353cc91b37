// libFuzzer target for the modprobe.d reader: every options line kept has a normalized module
// name (no '-' outside brackets) and non-empty options, lines are numbered in order, and the
// kernel's parameter split (where quotes may hold white space, even in names) names parameters with
// '_' only.
#include <cstddef>
#include <cstdint>
#include <string>

#include "model/modprobe_conf.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oscapvirt::model;
    const std::string text = fuzz::text_of(data, size);
    int previous = 0;
    for (const ModprobeOptions& line : parse_modprobe_options(text, "/etc/modprobe.d/f.conf")) {
        // '-' stays only inside a bracket pattern (kvm[_-]intel), as underscores() leaves it.
        fuzz::require((!line.module.empty() && line.module.find('-') == std::string::npos) ||
                      line.module.find('[') != std::string::npos);
        fuzz::require(!line.options.empty() && line.options.find('\t') == std::string::npos);
        fuzz::require(line.line > previous);
        previous = line.line;
        for (const ModuleParam& param : split_module_params(line.options))
            fuzz::require(param.name.find('-') == std::string::npos);
    }
    for (const ModuleParam& param : split_module_params(text))
        fuzz::require(param.name.find('-') == std::string::npos);
    return 0;
}
