// libFuzzer target for the kernel command line readers: the kernel's argument splitting, GRUB
// script (lexer, expansion, loader command line), grubenv, BLS entries and legacy GRUB.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "model/boot_entries.h"
#include "model/grub_script.h"
#include "model/kernel_cmdline.h"

namespace {
void require(bool condition) {
    if (!condition) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oscapvirt::model;
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    for (const KernelParam& param : split_kernel_cmdline(text)) {
        // A parameter holds a blank only where a quote made it (next_arg splits at the rest).
        if (param.text().find_first_of(" \t\n") != std::string::npos)
            require(text.find('"') != std::string_view::npos);
        if (auto number = kernel_strtoul(param.value.value_or(""))) require(!param.value->empty());
    }

    const auto script = parse_grub_script(text);
    if (const auto* commands = std::get_if<std::vector<GrubCommand>>(&script)) {
        for (const GrubCommand& command : *commands) {
            require(!command.words.empty() && command.line >= 1);
            const auto args = grub_expand(command.words, [](const std::string& name) {
                return name == "kernelopts" ? std::string("root=UUID=1 \"q\" a\\b") : std::string();
            });
            // What GRUB's loader builds, the kernel splits again without crashing; a single
            // argument without blanks or quotes stays one parameter.
            const std::string cmdline = grub_loader_cmdline(args);
            const auto params = split_kernel_cmdline(cmdline);
            if (args.size() == 1 && !args[0].empty() &&
                args[0].find_first_of(" \t\n\v\f\r\"\\'\xa0") == std::string::npos)
                require(params.size() == 1 || args[0] == "--");
        }
    } else {
        require(!std::get<ParseError>(script).message.empty());
    }

    const auto env = parse_grubenv(text);
    if (const auto* block = std::get_if<GrubEnv>(&env))
        for (const auto& [name, value] : block->variables)
            require(name.find('=') == std::string::npos);

    const BlsEntry entry = parse_bls_entry(text);
    require(entry.options.empty() == entry.option_lines.empty());
    for (const LegacyKernelLine& kernel : parse_legacy_grub_conf(text)) require(kernel.line >= 1);
    return 0;
}
