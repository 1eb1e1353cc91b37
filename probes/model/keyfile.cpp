#include "model/keyfile.h"

namespace oscapvirt::model {
namespace {

// g_ascii_isspace(): GLib's ASCII whitespace has no vertical tab
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// g_ascii_iscntrl()
bool is_control(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }

bool is_ascii_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// g_ascii_strncasecmp() == 0 over equal lengths
bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; };
        if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
}

enum class KeyName { Invalid, Plain, Localized };

// g_key_file_is_key_name(): no '[' or ']' but a final [locale] of letters, digits and -_.@
// (ASCII here: GLib also takes other Unicode letters and digits there).
KeyName key_name(std::string_view key, std::string_view& locale) {
    size_t q = 0;
    while (q < key.size() && key[q] != '[' && key[q] != ']') ++q;
    if (q == 0 || key.front() == ' ' || key[q - 1] == ' ') return KeyName::Invalid;
    if (q == key.size()) return KeyName::Plain;
    if (key[q] == ']') return KeyName::Invalid;
    const size_t start = ++q;
    while (q < key.size() && (is_ascii_alnum(key[q]) || key[q] == '-' || key[q] == '_' ||
                              key[q] == '.' || key[q] == '@'))
        ++q;
    if (q + 1 != key.size() || key[q] != ']') return KeyName::Invalid;
    locale = key.substr(start, q - start);
    return KeyName::Localized;
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
    std::optional<std::string> group, first_group;
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
            // g_key_file_line_is_group(): only blanks and tabs after the first ']';
            // g_key_file_is_group_name(): no brackets or control characters in the name
            const size_t close = line.find(']');
            std::string_view rest = close == std::string_view::npos ? "x" : line.substr(close + 1);
            while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t'))
                rest.remove_suffix(1);
            const std::string_view name =
                close == std::string_view::npos ? std::string_view() : line.substr(1, close - 1);
            bool valid = !name.empty() && rest.empty();
            for (const char c : name)
                if (c == '[' || c == ']' || is_control(c)) valid = false;
            if (!valid) return ParseError{line_number, "invalid group name"};
            group = std::string(name);
            if (!first_group) first_group = group;
            continue;
        }
        const size_t eq = line.find('=');
        if (eq == std::string_view::npos)
            return ParseError{line_number, "line is not a key-value pair, group, or comment"};
        std::string_view key = line.substr(0, eq);
        while (!key.empty() && is_space(key.back())) key.remove_suffix(1);
        if (key.empty()) return ParseError{line_number, "empty key name"};
        if (!group) return ParseError{line_number, "key file does not start with a group"};
        std::string_view locale;
        const KeyName kind = key_name(key, locale);
        if (kind == KeyName::Invalid) return ParseError{line_number, "invalid key name"};
        std::string_view value = line.substr(eq + 1);
        while (!value.empty() && is_space(value.front())) value.remove_prefix(1);
        if (group == first_group && key == "Encoding" && !iequals(value, "UTF-8"))
            return ParseError{line_number, "unsupported encoding"};
        // A translation is kept only for the languages of the locale (g_get_language_names():
        // "C" where none is set); qemu-ga and NetworkManager ask for plain keys only.
        // (key_get_locale(): "key[]" has no locale and is a key of its own)
        if (kind == KeyName::Localized && !locale.empty() && !iequals(locale, "C")) continue;
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
