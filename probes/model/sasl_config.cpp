#include "model/sasl_config.h"

namespace oscapvirt::model {
namespace {

// fgets' buffer in sasl_config_init holds 4095 bytes and the terminating NUL.
constexpr std::size_t kLineBuffer = 4095;

// isspace() in the C locale.
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool is_key_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// One line as fgets hands it over: at most kLineBuffer bytes, up to and including '\n'.
std::string_view next_chunk(std::string_view& text) {
    std::size_t end = text.find('\n');
    end = end == std::string_view::npos ? text.size() : end + 1;
    if (end > kLineBuffer) end = kLineBuffer;
    const std::string_view chunk = text.substr(0, end);
    text.remove_prefix(end);
    return chunk;
}

}  // namespace

const SaslOption* SaslConfig::find(std::string_view key) const {
    for (const SaslOption& option : options)
        if (option.key == key) return &option;
    return nullptr;
}

Parsed<SaslConfig> parse_sasl_config(std::string_view text) {
    SaslConfig config;
    int number = 0;
    while (!text.empty()) {
        ++number;
        std::string_view line = next_chunk(text);
        if (line.find('\0') != std::string_view::npos)
            return ParseError{number, "NUL byte: libsasl2 misreads such a line"};
        if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
        std::size_t at = 0;
        while (at < line.size() && is_space(line[at])) ++at;
        if (at == line.size() || line[at] == '#') continue;
        for (char c : line.substr(at))
            if (static_cast<unsigned char>(c) > 0x7f)
                return ParseError{number,
                                  "byte above 0x7f: how libsasl2 reads it depends on the locale"};
        const std::size_t key_start = at;
        while (at < line.size() && is_key_char(line[at])) ++at;
        if (at == line.size() || line[at] != ':')
            return ParseError{number,
                              "no ':' right after the option name: libsasl2 refuses the file"};
        std::string key;
        for (char c : line.substr(key_start, at - key_start)) key += lower(c);
        ++at;
        while (at < line.size() && is_space(line[at])) ++at;
        std::size_t end = line.size();
        while (end > at && is_space(line[end - 1])) --end;
        if (end == at)
            return ParseError{number, "option " + key + " has no value: libsasl2 refuses the file"};
        config.options.push_back({std::move(key), std::string(line.substr(at, end - at)), number});
    }
    return config;
}

std::vector<std::string> split_mech_list(std::string_view value) {
    std::vector<std::string> names;
    std::size_t at = 0;
    while (at < value.size()) {
        while (at < value.size() && is_space(value[at])) ++at;
        const std::size_t start = at;
        while (at < value.size() && !is_space(value[at])) ++at;
        if (at > start) names.emplace_back(value.substr(start, at - start));
    }
    return names;
}

}  // namespace oscapvirt::model
