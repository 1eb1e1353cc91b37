#include "model/kernel_cmdline.h"

#include <cctype>
#include <limits>

namespace oscapvirt::model {

bool kernel_isspace(char c) {
    const auto u = static_cast<unsigned char>(c);
    // lib/ctype.c: \t \n \v \f \r, space and 0xA0 (no-break space in Latin-1) are _S.
    return u == ' ' || (u >= '\t' && u <= '\r') || u == 0xA0;
}

namespace {

std::size_t skip_spaces(std::string_view text, std::size_t pos) {
    while (pos < text.size() && kernel_isspace(text[pos])) ++pos;
    return pos;
}

}  // namespace

std::vector<KernelParam> split_kernel_cmdline(std::string_view text) {
    // Mirrors next_arg(): it edits the buffer in place; here the kept bytes are copied instead.
    std::vector<KernelParam> params;
    bool for_init = false;
    std::size_t pos = skip_spaces(text, 0);
    while (pos < text.size()) {
        std::string_view args = text.substr(pos);
        bool quoted = false, in_quote = false;
        if (args[0] == '"') {
            args.remove_prefix(1);
            in_quote = quoted = true;
        }
        std::size_t i = 0, equals = 0;
        for (; i < args.size(); ++i) {
            if (kernel_isspace(args[i]) && !in_quote) break;
            if (equals == 0 && args[i] == '=') equals = i;
            if (args[i] == '"') in_quote = !in_quote;
        }
        // args[i - 1] is dropped when it is a quote closing the value or the whole parameter.
        std::size_t end = i;
        KernelParam param;
        if (equals == 0) {
            if (quoted && i > 0 && args[i - 1] == '"') end = i - 1;
            param.name = std::string(args.substr(0, end));
        } else {
            std::size_t value_start = equals + 1;
            if (value_start < args.size() && args[value_start] == '"') {
                ++value_start;
                if (args[i - 1] == '"') end = i - 1;
            }
            if (quoted && args[i - 1] == '"') end = i - 1;
            param.name = std::string(args.substr(0, equals));
            param.value = value_start <= end
                              ? std::string(args.substr(value_start, end - value_start))
                              : std::string();
        }
        const std::size_t consumed = (quoted ? 1 : 0) + i + (i < args.size() ? 1 : 0);
        pos = skip_spaces(text, pos + consumed);
        // parse_args: a bare "--" ends the kernel's parameters; the rest goes to init.
        if (!for_init && !param.value && param.name == "--") {
            for_init = true;
            continue;
        }
        param.for_init = for_init;
        params.push_back(std::move(param));
    }
    return params;
}

std::optional<unsigned long long> kernel_strtoul(std::string_view text) {
    std::size_t pos = 0;
    if (pos < text.size() && text[pos] == '+') ++pos;
    // _parse_integer_fixup_radix with base 0.
    unsigned base = 10;
    if (pos < text.size() && text[pos] == '0') {
        const bool hex = pos + 2 < text.size() && (text[pos + 1] | 0x20) == 'x' &&
                         std::isxdigit(static_cast<unsigned char>(text[pos + 2]));
        if (hex) {
            base = 16;
            pos += 2;
        } else {
            base = 8;
        }
    }
    unsigned long long value = 0;
    std::size_t digits = 0;
    for (; pos < text.size(); ++pos, ++digits) {
        const char c = text[pos];
        unsigned digit;
        if (c >= '0' && c <= '9')
            digit = static_cast<unsigned>(c - '0');
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
            digit = static_cast<unsigned>((c | 0x20) - 'a' + 10);
        else
            break;
        if (digit >= base) break;
        if (value > (std::numeric_limits<unsigned long long>::max() - digit) / base)
            return std::nullopt;  // -ERANGE
        value = value * base + digit;
    }
    if (digits == 0) return std::nullopt;
    if (pos < text.size() && text[pos] == '\n') ++pos;
    if (pos != text.size()) return std::nullopt;
    return value;
}

}  // namespace oscapvirt::model
