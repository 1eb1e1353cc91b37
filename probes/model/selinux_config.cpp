#include "model/selinux_config.h"

#include <cstddef>

namespace oscapvirt::model {
namespace {

// The C locale's isspace/iscntrl, which libselinux uses (no locale is set before it reads).
bool c_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool c_cntrl(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }

bool starts_with_nocase(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
        if (lower(text[i]) != lower(prefix[i])) return false;
    }
    return true;
}

// C string functions stop at the first NUL byte.
std::string_view as_c_string(std::string_view text) {
    const std::size_t nul = text.find('\0');
    return nul == std::string_view::npos ? text : text.substr(0, nul);
}

std::string_view skip_spaces(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && c_space(text[i])) ++i;
    return text.substr(i);
}

// fgets(buf, page_size, f): at most page_size - 1 bytes, ending after a newline if one comes.
constexpr std::size_t kFgetsChunk = 4096 - 1;

std::optional<SelinuxMode> mode_of(std::string_view chunk) {
    constexpr std::string_view kTag = "SELINUX=";
    const std::string_view text = as_c_string(chunk);
    if (text.substr(0, kTag.size()) != kTag) return std::nullopt;
    const std::string_view value = skip_spaces(text.substr(kTag.size()));
    if (starts_with_nocase(value, "enforcing")) return SelinuxMode::Enforcing;
    if (starts_with_nocase(value, "permissive")) return SelinuxMode::Permissive;
    if (starts_with_nocase(value, "disabled")) return SelinuxMode::Disabled;
    return std::nullopt;
}

// A line a reader would take for a SELINUX setting although libselinux ignores it.
bool looks_like_mode_setting(std::string_view line) {
    std::string_view text = skip_spaces(as_c_string(line));
    if (!starts_with_nocase(text, "SELINUX")) return false;
    text = skip_spaces(text.substr(7));
    return !text.empty() && text.front() == '=';
}

void read_mode(std::string_view text, SelinuxConfig& config) {
    int line = 1;
    bool at_line_start = true;
    std::size_t pos = 0;
    while (pos < text.size() && !config.mode) {
        const std::size_t newline = text.find('\n', pos);
        const std::size_t line_end = newline == std::string_view::npos ? text.size() : newline + 1;
        const std::size_t end = std::min(line_end, pos + kFgetsChunk);
        const std::string_view chunk = text.substr(pos, end - pos);
        if (auto mode = mode_of(chunk)) {
            config.mode = mode;
            config.mode_line = line;
        } else if (at_line_start && looks_like_mode_setting(chunk)) {
            config.ignored_mode_lines.push_back(line);
        }
        at_line_start = end == line_end;
        if (at_line_start) ++line;
        pos = end;
    }
}

void read_policy_type(std::string_view text, SelinuxConfig& config) {
    constexpr std::string_view kTag = "SELINUXTYPE=";
    int line_number = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        ++line_number;
        const std::size_t newline = text.find('\n', pos);
        const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
        const std::string_view line = as_c_string(text.substr(pos, end - pos));
        pos = newline == std::string_view::npos ? text.size() : newline + 1;
        const std::string_view body = skip_spaces(line);
        if (body.empty() || body.front() == '#' || !starts_with_nocase(body, kTag)) continue;
        std::string value(skip_spaces(body.substr(kTag.size())));
        // libselinux trims from the end but never removes the first character.
        while (value.size() > 1 && (c_space(value.back()) || c_cntrl(value.back())))
            value.pop_back();
        config.policy_type = std::move(value);
        config.policy_type_line = line_number;
    }
}

}  // namespace

std::string_view selinux_mode_name(SelinuxMode mode) {
    switch (mode) {
        case SelinuxMode::Enforcing:
            return "enforcing";
        case SelinuxMode::Permissive:
            return "permissive";
        case SelinuxMode::Disabled:
            return "disabled";
    }
    return "unknown";
}

SelinuxConfig parse_selinux_config(std::string_view text) {
    SelinuxConfig config;
    read_mode(text, config);
    read_policy_type(text, config);
    return config;
}

}  // namespace oscapvirt::model
