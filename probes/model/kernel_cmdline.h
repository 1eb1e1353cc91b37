#pragma once
// The kernel command line as Linux itself splits it (lib/cmdline.c next_arg, kernel/params.c
// parse_args) and the numbers its boot-option handlers accept (lib/kstrtox.c kstrtoul). Bytes in.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oscapvirt::model {

struct KernelParam {
    std::string name;                  // quotes kept where next_arg keeps them
    std::optional<std::string> value;  // nullopt: no '=' ("ro", "quiet")
    bool for_init = false;  // after a bare "--": passed to init, not parsed by the kernel
    // name=value (or name) as the kernel's __setup handlers see it (init/main.c
    // obsolete_checksetup after repair_env_string).
    std::string text() const { return value ? name + "=" + *value : name; }
};

// next_arg: blanks (isspace of lib/ctype.c, which counts 0xA0) separate parameters except inside
// double quotes; a quote toggles quoting wherever it is; a leading quote of the parameter or of
// its value and the matching trailing quote are dropped; the first '=' (not at position 0)
// separates name and value. There are no backslash escapes.
std::vector<KernelParam> split_kernel_cmdline(std::string_view text);

// kstrtoul(text, 0, &out): optional leading '+', 0x for hex, leading 0 for octal, one trailing
// newline; anything else, or an overflow, is refused (nullopt) and the handler keeps its value.
std::optional<unsigned long long> kernel_strtoul(std::string_view text);

// True when the kernel counts c as a blank between parameters.
bool kernel_isspace(char c);

}  // namespace oscapvirt::model
