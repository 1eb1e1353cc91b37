#include "model/kernel_reports.h"

#include "model/kernel_cmdline.h"

#include <cctype>
#include <cstdio>
#include <limits>

namespace oscapvirt::model {
namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

// `width` hexadecimal digits at the start of `text`, consumed.
std::optional<std::uint32_t> take_hex(std::string_view& text, std::size_t width) {
    if (text.size() < width) return std::nullopt;
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < width; ++i) {
        const int digit = hex_digit(text[i]);
        if (digit < 0) return std::nullopt;
        value = value << 4 | static_cast<std::uint32_t>(digit);
    }
    text.remove_prefix(width);
    return value;
}

bool take_char(std::string_view& text, char c) {
    if (text.empty() || text.front() != c) return false;
    text.remove_prefix(1);
    return true;
}

void skip_blanks(std::string_view& text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
}

// One address as the kernel printed it: `words` %08X words, each a 32-bit word in memory.
std::optional<std::vector<std::uint8_t>> take_address(std::string_view& text, int words,
                                                      bool little_endian) {
    std::vector<std::uint8_t> bytes;
    for (int w = 0; w < words; ++w) {
        const auto word = take_hex(text, 8);
        if (!word) return std::nullopt;
        for (int b = 0; b < 4; ++b) {
            const int shift = little_endian ? 8 * b : 8 * (3 - b);
            bytes.push_back(static_cast<std::uint8_t>(*word >> shift));
        }
    }
    return bytes;
}

std::optional<TcpSocket> parse_socket_line(std::string_view text, IpFamily family,
                                           bool little_endian) {
    const int words = family == IpFamily::V4 ? 1 : 4;
    skip_blanks(text);
    std::size_t digits = 0;
    while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
    if (digits == 0) return std::nullopt;
    text.remove_prefix(digits);
    if (!take_char(text, ':') || !take_char(text, ' ')) return std::nullopt;
    TcpSocket socket;
    socket.family = family;
    auto local = take_address(text, words, little_endian);
    if (!local || !take_char(text, ':')) return std::nullopt;
    const auto port = take_hex(text, 4);
    if (!port || !take_char(text, ' ')) return std::nullopt;
    // The remote end: only its layout is checked.
    if (!take_address(text, words, little_endian) || !take_char(text, ':') || !take_hex(text, 4) ||
        !take_char(text, ' '))
        return std::nullopt;
    const auto state = take_hex(text, 2);
    if (!state || !take_char(text, ' ')) return std::nullopt;
    socket.address = std::move(*local);
    socket.port = static_cast<std::uint16_t>(*port);
    socket.state = *state;
    return socket;
}

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// `word` in `line` with no letter, digit or underscore on either side (PCRE's \b...\b).
bool contains_word(std::string_view line, std::string_view word) {
    for (std::size_t at = line.find(word); at != std::string_view::npos;
         at = line.find(word, at + 1)) {
        const bool starts = at == 0 || !is_word_char(line[at - 1]);
        const std::size_t end = at + word.size();
        const bool ends = end == line.size() || !is_word_char(line[end]);
        if (starts && ends) return true;
    }
    return false;
}

std::string_view without_newline(std::string_view text) {
    if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
    return text;
}

}  // namespace

Parsed<std::vector<TcpSocket>> parse_proc_net_tcp(std::string_view text, IpFamily family,
                                                  bool little_endian) {
    std::vector<TcpSocket> sockets;
    int line_number = 0;
    bool header = false;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        if (end == std::string_view::npos) return ParseError{line_number + 1, "no final newline"};
        const std::string_view line = text.substr(0, end);
        text.remove_prefix(end + 1);
        ++line_number;
        if (!header) {
            std::string_view rest = line;
            skip_blanks(rest);
            if (!rest.starts_with("sl  local_address"))
                return ParseError{line_number, "not the kernel's header (sl  local_address ...)"};
            header = true;
            continue;
        }
        auto socket = parse_socket_line(line, family, little_endian);
        if (!socket) return ParseError{line_number, "not a socket line as the kernel prints it"};
        socket->line = line_number;
        sockets.push_back(std::move(*socket));
    }
    if (!header) return ParseError{0, "empty: the kernel always prints a header"};
    return sockets;
}

bool is_loopback(const TcpSocket& socket) {
    const auto& a = socket.address;
    if (socket.family == IpFamily::V4) return a.size() == 4 && a[0] == 127;
    if (a.size() != 16) return false;
    bool zero_prefix = true;
    for (int i = 0; i < 10; ++i) zero_prefix = zero_prefix && a[static_cast<std::size_t>(i)] == 0;
    if (!zero_prefix) return false;
    bool loopback6 =
        a[10] == 0 && a[11] == 0 && a[12] == 0 && a[13] == 0 && a[14] == 0 && a[15] == 1;
    bool mapped_loopback = a[10] == 0xff && a[11] == 0xff && a[12] == 127;
    return loopback6 || mapped_loopback;
}

std::string address_text(const TcpSocket& socket) {
    const auto& a = socket.address;
    char buffer[64];
    if (socket.family == IpFamily::V4 && a.size() == 4) {
        std::snprintf(buffer, sizeof buffer, "%u.%u.%u.%u", a[0], a[1], a[2], a[3]);
        return buffer;
    }
    std::string text;
    for (std::size_t i = 0; i + 1 < a.size(); i += 2) {
        std::snprintf(buffer, sizeof buffer, "%x", unsigned(a[i]) << 8 | a[i + 1]);
        text += (text.empty() ? "" : ":") + std::string(buffer);
    }
    return "[" + text + "]";
}

Parsed<unsigned long> parse_sysfs_unsigned(std::string_view text) {
    text = without_newline(text);
    if (text.empty() || text.size() > 20) return ParseError{1, "not an unsigned number"};
    unsigned long value = 0;
    for (char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return ParseError{1, "not an unsigned number"};
        const unsigned long digit = static_cast<unsigned long>(c - '0');
        if (value > (std::numeric_limits<unsigned long>::max() - digit) / 10)
            return ParseError{1, "number out of range"};
        value = value * 10 + digit;
    }
    return value;
}

Parsed<bool> parse_module_switch(std::string_view text) {
    text = without_newline(text);
    if (text == "Y") return true;
    if (text == "N") return false;
    const auto number = kstrtoint(text);
    if (number && text.find_first_not_of("-0123456789") == std::string_view::npos)
        return *number != 0;
    return ParseError{1, "neither Y/N (bool parameter) nor a decimal integer (int parameter)"};
}

std::optional<bool> kstrtobool(std::string_view value) {
    if (value.empty()) return std::nullopt;
    switch (value[0]) {
        case 'y':
        case 'Y':
        case 't':
        case 'T':
        case '1':
            return true;
        case 'n':
        case 'N':
        case 'f':
        case 'F':
        case '0':
            return false;
        case 'o':
        case 'O':
            if (value.size() > 1 && (value[1] == 'n' || value[1] == 'N')) return true;
            if (value.size() > 1 && (value[1] == 'f' || value[1] == 'F')) return false;
            return std::nullopt;
        default:
            return std::nullopt;
    }
}

std::optional<long long> kstrtoint(std::string_view value) {
    // kstrtoll: a '-' then _kstrtoull (no '+' after it), else kstrtoull; then the int range.
    const bool negative = value.starts_with('-');
    if (negative && value.substr(1).starts_with('+')) return std::nullopt;
    const auto magnitude = kernel_strtoul(negative ? value.substr(1) : value);
    const unsigned long long limit = negative ? 2147483648ULL : 2147483647ULL;
    if (!magnitude || *magnitude > limit) return std::nullopt;
    return negative ? -static_cast<long long>(*magnitude) : static_cast<long long>(*magnitude);
}

CpuVulnerabilityStatus cpu_vulnerability_status(std::string_view line) {
    if (line.starts_with("Processor vulnerable") || contains_word(line, "Vulnerable"))
        return CpuVulnerabilityStatus::Vulnerable;
    if (contains_word(line, "SMT vulnerable")) return CpuVulnerabilityStatus::SmtVulnerable;
    return CpuVulnerabilityStatus::Mitigated;
}

}  // namespace oscapvirt::model
