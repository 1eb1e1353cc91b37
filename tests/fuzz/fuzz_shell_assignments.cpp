// libFuzzer target for the shell-assignment reader (dracut.conf, initramfs-tools conf).
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

#include "model/shell_assignments.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oscapvirt::model;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto result = source_shell_assignments(text, {{"kernel_cmdline", "x"}});
    if (const auto* vars = std::get_if<ShellVariables>(&result)) {
        for (const auto& [name, value] : *vars) fuzz::require(!name.empty());
        // sourcing the same assignments twice from where the first left off never fails
        fuzz::require(
            std::holds_alternative<ShellVariables>(source_shell_assignments(text, *vars)) ||
            text.find('$') != std::string_view::npos);
    } else {
        fuzz::require(!std::get<ParseError>(result).message.empty());
    }
    return 0;
}
