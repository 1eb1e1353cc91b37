#include "model/libvirt_conf.h"

#include <climits>
#include <cstddef>
#include <cstdio>
#include <exception>
#include <new>
#include <utility>

namespace oscapvirt::model {

namespace {

// virConfReadFile refuses files above this size, so libvirt would not start with such a file.
constexpr std::size_t kMaxFileSize = 10 * 1024 * 1024;

// virconf only treats space and tab as blanks; other control characters are syntax errors.
bool is_blank(char c) { return c == ' ' || c == '\t'; }

// '\r' ends a line just like '\n' (that is what makes CRLF files work), but only '\n' is counted.
bool is_end_of_line(char c) { return c == '\n' || c == '\r'; }

// Locale-independent on purpose: virconf uses the g_ascii_* classifiers.
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_name_start(char c) { return is_ascii_letter(c); }
bool is_name_char(char c) { return is_ascii_letter(c) || is_ascii_digit(c) || c == '_'; }

bool is_quote(char c) { return c == '"' || c == '\''; }

// libvirt copies values with g_strndup, which stops at a NUL byte, so that is all it ever sees.
std::string as_c_string(std::string_view raw) { return std::string(raw.substr(0, raw.find('\0'))); }

std::string quoted(std::string_view name) { return "\"" + std::string(name) + "\""; }

// Keeps messages printable whatever bytes the file holds.
std::string describe_char(char c) {
    if (is_end_of_line(c)) return "end of line";
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte < 0x7f) return std::string("'") + c + "'";
    char hex[16];
    std::snprintf(hex, sizeof hex, "byte 0x%02x", static_cast<unsigned>(byte));
    return hex;
}

// A single forward pass over the text with no recursion: nested values (lists) are parsed by
// loops, and every loop advances the position, which keeps the parser linear in the input size.
class Parser {
   public:
    explicit Parser(std::string_view text) : text_(text) {}

    Parsed<ConfFile> run() {
        if (text_.size() > kMaxFileSize) {
            return ParseError{0, "file is larger than libvirt's 10 MiB limit"};
        }
        // virConfParse alternates statements and separators until the input is consumed.
        while (!at_end()) {
            std::string last_name;
            if (!parse_statement(last_name) || !parse_separator(last_name)) {
                return std::move(error_);
            }
        }
        return ConfFile(std::move(entries_));
    }

   private:
    bool at_end() const { return pos_ >= text_.size(); }
    char current() const { return text_[pos_]; }
    bool current_is(char c) const { return !at_end() && current() == c; }
    std::size_t remaining() const { return text_.size() - pos_; }

    std::string describe_current() const {
        return at_end() ? "end of file" : describe_char(current());
    }

    bool fail(int line, std::string message) {
        error_ = ParseError{line, std::move(message)};
        return false;
    }

    void skip_blanks() {
        while (!at_end() && is_blank(current())) ++pos_;
    }

    void skip_blanks_and_line_ends() {
        while (!at_end() && (is_blank(current()) || is_end_of_line(current()))) {
            if (current() == '\n') ++line_;
            ++pos_;
        }
    }

    void skip_comment() {
        while (!at_end() && !is_end_of_line(current())) ++pos_;
    }

    // One statement: a comment line or a setting. `name` receives the setting's name so a
    // following separator error can say which setting it belongs to.
    bool parse_statement(std::string& name) {
        skip_blanks_and_line_ends();
        if (at_end()) {
            // Only reachable when the whole file is blank: separators swallow trailing blank
            // space. libvirt then looks for a name at the end of the buffer and fails.
            return fail(1, "file contains only blank space, which libvirt rejects");
        }
        if (current() == '#') {
            skip_comment();
            return true;
        }
        const int name_line = line_;
        if (!parse_name(name)) return false;
        skip_blanks();
        if (!current_is('=')) {
            return fail(line_, "expected '=' after name " + quoted(name));
        }
        ++pos_;
        skip_blanks();
        ConfValue value;
        value.line = name_line;
        if (!parse_value(name, value)) return false;
        skip_blanks();
        if (current_is('#')) skip_comment();
        entries_.push_back(ConfEntry{name, std::move(value)});
        return true;
    }

    bool parse_name(std::string& name) {
        if (at_end() || !is_name_start(current())) {
            return fail(line_, "expected a setting name, found " + describe_current());
        }
        const std::size_t start = pos_;
        while (!at_end() && is_name_char(current())) ++pos_;
        name.assign(text_.substr(start, pos_ - start));
        return true;
    }

    bool parse_separator(std::string_view name) {
        skip_blanks();
        if (at_end()) return true;
        if (is_end_of_line(current())) {
            skip_blanks_and_line_ends();
            return true;
        }
        if (current() == ';') {
            ++pos_;
            skip_blanks_and_line_ends();
            return true;
        }
        return fail(line_, "expected end of line or ';' after the value of " + quoted(name) +
                               ", found " + describe_current());
    }

    bool parse_value(std::string_view name, ConfValue& value) {
        if (at_end()) {
            return fail(line_, "expected a value for " + quoted(name) + ", found end of file");
        }
        const char c = current();
        if (is_quote(c)) {
            value.kind = ConfValue::Kind::String;
            return parse_string(value.text);
        }
        if (c == '[') {
            value.kind = ConfValue::Kind::List;
            return parse_list(value.list);
        }
        if (is_ascii_digit(c) || c == '-' || c == '+') {
            value.kind = ConfValue::Kind::Integer;
            value.negative = c == '-';
            return parse_integer(name, value.integer);
        }
        return fail(line_, "expected a value (quoted string, integer or list) for " + quoted(name) +
                               ", found " + describe_char(c));
    }

    // Strings carry no escapes: the bytes between the quotes are the value.
    bool parse_string(std::string& out) {
        // libvirt only looks for a triple quote when more than six bytes are left, so an empty
        // """""" at the very end of a file is read as "" followed by stray quotes.
        if (remaining() > 6 && text_.compare(pos_, 3, R"(""")") == 0) {
            return parse_triple_quoted_string(out);
        }
        return parse_one_line_string(out);
    }

    bool parse_one_line_string(std::string& out) {
        const char quote = current();
        ++pos_;
        const std::size_t start = pos_;
        while (!at_end() && current() != quote && !is_end_of_line(current())) ++pos_;
        if (!current_is(quote)) return fail(line_, "unterminated string");
        out = as_c_string(text_.substr(start, pos_ - start));
        ++pos_;
        return true;
    }

    bool parse_triple_quoted_string(std::string& out) {
        const int start_line = line_;
        pos_ += 3;
        const std::size_t end = text_.find(R"(""")", pos_);
        if (end == std::string_view::npos) {
            return fail(start_line, "unterminated triple-quoted string");
        }
        for (std::size_t i = pos_; i < end; ++i) {
            if (text_[i] == '\n') ++line_;
        }
        out = as_c_string(text_.substr(pos_, end - pos_));
        pos_ = end + 3;
        return true;
    }

    bool parse_integer(std::string_view name, long long& out) {
        const bool negative = current() == '-';
        if (current() == '-' || current() == '+') ++pos_;
        if (at_end() || !is_ascii_digit(current())) {
            return fail(line_, "expected a digit in the number for " + quoted(name) + ", found " +
                                   describe_current());
        }
        // Accumulating towards the sign lets LLONG_MIN through without a special case.
        long long value = 0;
        while (!at_end() && is_ascii_digit(current())) {
            const int digit = current() - '0';
            const bool overflow = __builtin_mul_overflow(value, 10, &value) ||
                                  (negative ? __builtin_sub_overflow(value, digit, &value)
                                            : __builtin_add_overflow(value, digit, &value));
            if (overflow) return fail(line_, "integer out of range for " + quoted(name));
            ++pos_;
        }
        out = value;
        return true;
    }

    // Mirrors virconf's list loop: items, ',' between them, an optional trailing ',', and blank
    // space or line ends (but not comments) anywhere between tokens.
    bool parse_list(std::vector<std::string>& items) {
        const int open_line = line_;
        ++pos_;
        skip_blanks_and_line_ends();
        if (!at_end() && current() != ']') {
            if (!parse_list_item(open_line, items)) return false;
            skip_blanks_and_line_ends();
        }
        while (!at_end() && current() != ']') {
            if (current() != ',') return fail_in_list("expected ',' or ']' in list, found ");
            ++pos_;
            skip_blanks_and_line_ends();
            if (current_is(']')) break;
            if (!parse_list_item(open_line, items)) return false;
            skip_blanks_and_line_ends();
        }
        if (!current_is(']')) return fail(open_line, "list is not closed with ']'");
        ++pos_;
        return true;
    }

    bool parse_list_item(int open_line, std::vector<std::string>& items) {
        if (at_end()) return fail(open_line, "list is not closed with ']'");
        const char c = current();
        if (is_quote(c)) {
            items.emplace_back();
            return parse_string(items.back());
        }
        if (c == '[' || is_ascii_digit(c) || c == '-' || c == '+') {
            return fail(line_, "list items must be quoted strings");
        }
        return fail_in_list("expected a quoted string in list, found ");
    }

    // A '#' is the likeliest stray token in a list (a half-uncommented default), so it gets
    // a message of its own.
    bool fail_in_list(std::string_view generic_message) {
        if (current_is('#')) {
            return fail(line_, "comments are not allowed inside a list (libvirt rejects them)");
        }
        return fail(line_, std::string(generic_message) + describe_current());
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    int line_ = 1;
    std::vector<ConfEntry> entries_;
    ParseError error_;
};

std::string with_article(std::string_view noun) {
    const bool vowel = !noun.empty() && std::string_view("aeiou").find(noun[0]) != noun.npos;
    return (vowel ? "an " : "a ") + std::string(noun);
}

// Starts a typed lookup: WrongType until the caller confirms the kind.
template <typename T>
Setting<T> begin_lookup(const ConfValue* raw, std::string_view expected) {
    Setting<T> setting;
    setting.raw = raw;
    setting.expected = expected;
    setting.state = raw == nullptr ? SettingState::Absent : SettingState::WrongType;
    return setting;
}

template <typename T>
void accept(Setting<T>& setting, T value) {
    setting.state = SettingState::Present;
    setting.value = std::move(value);
}

}  // namespace

std::string_view kind_name(ConfValue::Kind kind) {
    switch (kind) {
        case ConfValue::Kind::String:
            return "string";
        case ConfValue::Kind::Integer:
            return "integer";
        case ConfValue::Kind::List:
            return "list";
    }
    return "unknown";
}

std::string describe_problem(std::string_view name, SettingState state, const ConfValue* raw,
                             std::string_view expected) {
    if (raw == nullptr) return "";
    switch (state) {
        case SettingState::WrongType: {
            const bool negative = raw->kind == ConfValue::Kind::Integer && raw->negative;
            return std::string(name) + " is " +
                   (negative ? "a negative integer" : with_article(kind_name(raw->kind))) +
                   ", expected " + std::string(expected);
        }
        case SettingState::OutOfRange:
            return std::string(name) + " is " + std::to_string(raw->integer) + ", expected " +
                   std::string(expected);
        case SettingState::Absent:
        case SettingState::Present:
            break;
    }
    return "";
}

const ConfValue* ConfFile::find(std::string_view name) const {
    for (const ConfEntry& entry : entries_) {
        if (entry.name == name) return &entry.value;
    }
    return nullptr;
}

Setting<long long> ConfFile::integer(std::string_view name) const {
    auto setting = begin_lookup<long long>(find(name), "integer");
    if (setting.raw && setting.raw->kind == ConfValue::Kind::Integer) {
        accept(setting, setting.raw->integer);
    }
    return setting;
}

Setting<std::string> ConfFile::string(std::string_view name) const {
    auto setting = begin_lookup<std::string>(find(name), "string");
    if (setting.raw && setting.raw->kind == ConfValue::Kind::String) {
        accept(setting, setting.raw->text);
    }
    return setting;
}

Setting<std::vector<std::string>> ConfFile::list(std::string_view name) const {
    auto setting = begin_lookup<std::vector<std::string>>(find(name), "list");
    if (setting.raw && setting.raw->kind == ConfValue::Kind::List) {
        accept(setting, setting.raw->list);
    }
    return setting;
}

Setting<std::vector<std::string>> ConfFile::string_or_list(std::string_view name) const {
    auto setting = begin_lookup<std::vector<std::string>>(find(name), "string or list");
    if (setting.raw && setting.raw->kind == ConfValue::Kind::List) {
        accept(setting, setting.raw->list);
    } else if (setting.raw && setting.raw->kind == ConfValue::Kind::String) {
        accept(setting, std::vector<std::string>{setting.raw->text});
    }
    return setting;
}

Setting<bool> ConfFile::boolean(std::string_view name) const {
    auto setting = begin_lookup<bool>(find(name), "0 or 1");
    if (setting.raw && setting.raw->kind == ConfValue::Kind::Integer && !setting.raw->negative) {
        const long long value = setting.raw->integer;
        if (value == 0 || value == 1) {
            accept(setting, value == 1);
        } else {
            setting.state = SettingState::OutOfRange;
        }
    }
    return setting;
}

Setting<long long> ConfFile::unsigned_int(std::string_view name) const {
    auto setting = begin_lookup<long long>(find(name), "unsigned integer");
    if (setting.raw && setting.raw->kind == ConfValue::Kind::Integer && !setting.raw->negative) {
        if (setting.raw->integer <= static_cast<long long>(UINT_MAX)) {
            accept(setting, setting.raw->integer);
        } else {
            setting.state = SettingState::OutOfRange;
        }
    }
    return setting;
}

Setting<long long> ConfFile::signed_int(std::string_view name) const {
    auto setting = begin_lookup<long long>(find(name), "signed integer");
    if (setting.raw && setting.raw->kind == ConfValue::Kind::Integer) {
        const long long value = setting.raw->integer;
        if (value >= INT_MIN && value <= INT_MAX) {
            accept(setting, value);
        } else {
            setting.state = SettingState::OutOfRange;
        }
    }
    return setting;
}

std::optional<long long> ConfFile::integer_or_none(std::string_view name) const {
    auto setting = integer(name);
    if (!setting.present()) return std::nullopt;
    return setting.value;
}

std::optional<std::string> ConfFile::string_or_none(std::string_view name) const {
    auto setting = string(name);
    if (!setting.present()) return std::nullopt;
    return std::move(setting.value);
}

Parsed<ConfFile> parse_libvirt_conf(std::string_view text) {
    // The parser itself never throws; only allocation can, and a check must still get an
    // answer rather than an exception.
    try {
        return Parser(text).run();
    } catch (const std::bad_alloc&) {
        return ParseError{0, "out of memory while parsing"};
    } catch (const std::exception& e) {
        return ParseError{0, std::string("internal parser error: ") + e.what()};
    }
}

}  // namespace oscapvirt::model
