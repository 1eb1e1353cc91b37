#include "model/keyfile.h"

namespace oscapvirt::model {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

const KeyFileEntry* KeyFile::find(std::string_view group, std::string_view key) const {
    const KeyFileEntry* found = nullptr;
    for (const KeyFileEntry& entry : entries)
        if (entry.group == group && entry.key == key) found = &entry;
    return found;
}

Parsed<KeyFile> parse_keyfile(std::string_view text) {
    KeyFile file;
    std::optional<std::string> group;
    int line_number = 0;
    while (!text.empty()) {
        ++line_number;
        const size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        // g_key_file_parse_data splits at '\n'; a '\r' before it is part of the line, which
        // g_key_file_flush_parse_buffer strips.
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        while (!line.empty() && is_space(line.front())) line.remove_prefix(1);
        if (line.empty() || line.front() == '#') continue;
        if (line.front() == '[') {
            const size_t close = line.find(']');
            std::string_view rest = close == std::string_view::npos ? "x" : line.substr(close + 1);
            while (!rest.empty() && is_space(rest.back())) rest.remove_suffix(1);
            const std::string_view name =
                close == std::string_view::npos ? std::string_view() : line.substr(1, close - 1);
            bool valid = !name.empty() && rest.empty();
            for (const char c : name)
                if (c == '[' || c == ']' || static_cast<unsigned char>(c) < 0x20) valid = false;
            if (!valid) return ParseError{line_number, "invalid group name"};
            group = std::string(name);
            continue;
        }
        const size_t eq = line.find('=');
        if (eq == std::string_view::npos)
            return ParseError{line_number, "line is not a key-value pair, group, or comment"};
        std::string_view key = line.substr(0, eq);
        while (!key.empty() && is_space(key.back())) key.remove_suffix(1);
        if (key.empty()) return ParseError{line_number, "empty key name"};
        if (!group) return ParseError{line_number, "key file does not start with a group"};
        std::string_view value = line.substr(eq + 1);
        while (!value.empty() && is_space(value.front())) value.remove_prefix(1);
        file.entries.push_back({*group, std::string(key), std::string(value), line_number});
    }
    return file;
}

Parsed<std::string> keyfile_string(const KeyFileEntry& entry) {
    std::string value;
    const std::string& raw = entry.raw_value;
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\') {
            value += raw[i];
            continue;
        }
        if (++i == raw.size())
            return ParseError{entry.line, "key file value ends in an escape character"};
        switch (raw[i]) {
            case 's':
                value += ' ';
                break;
            case 'n':
                value += '\n';
                break;
            case 't':
                value += '\t';
                break;
            case 'r':
                value += '\r';
                break;
            case '\\':
                value += '\\';
                break;
            default:
                return ParseError{entry.line, "invalid escape sequence in key file value"};
        }
    }
    return value;
}

}  // namespace oscapvirt::model
