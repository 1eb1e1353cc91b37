#include "model/env_file.h"

#include <algorithm>

namespace oscapvirt::model {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_newline(char c) { return c == '\n' || c == '\r'; }

// utf8_is_valid(): well-formed UTF-8, no overlong forms, surrogates or code points past U+10FFFF.
bool valid_utf8(std::string_view text) {
    for (size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        size_t length = 0;
        char32_t code = 0;
        if (byte < 0x80) {
            ++i;
            continue;
        }
        if ((byte & 0xe0) == 0xc0) {
            length = 2;
            code = byte & 0x1f;
        } else if ((byte & 0xf0) == 0xe0) {
            length = 3;
            code = byte & 0x0f;
        } else if ((byte & 0xf8) == 0xf0) {
            length = 4;
            code = byte & 0x07;
        } else {
            return false;
        }
        if (i + length > text.size()) return false;
        for (size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xc0) != 0x80) return false;
            code = (code << 6) | (next & 0x3f);
        }
        const char32_t minimum = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return false;
        i += length;
    }
    return true;
}

// The first non-blank character of the line starting at `at` is an assignment's (not a comment,
// not an empty line).
bool line_holds_text(std::string_view text, size_t at) {
    for (; at < text.size() && !is_newline(text[at]); ++at) {
        if (text[at] == ' ' || text[at] == '\t') continue;
        return text[at] != '#' && text[at] != ';';
    }
    return false;
}

class EnvFileParser {
   public:
    Parsed<std::vector<EnvAssignment>> run(std::string_view text) {
        if (!valid_utf8(text)) return ParseError{0, "invalid UTF-8: systemd refuses the file"};
        for (size_t at = 0; at < text.size(); ++at) {
            const char c = text[at];
            if (c == '\0') break;  // systemd reads the file as a C string
            switch (state_) {
                case State::PreKey:
                    if (c == '#' || c == ';')
                        state_ = State::Comment;
                    else if (!is_blank(c)) {
                        state_ = State::Key;
                        key_blank_ = std::string::npos;
                        key_ += c;
                    }
                    break;
                case State::Key:
                    if (is_newline(c)) {  // no '=': the line is ignored
                        state_ = State::PreKey;
                        ++line_;
                        key_.clear();
                    } else if (c == '=') {
                        state_ = State::PreValue;
                        value_blank_ = std::string::npos;
                    } else {
                        append_tracking_blanks(key_, key_blank_, c);
                    }
                    break;
                case State::PreValue:
                    if (is_newline(c)) {
                        push(false);
                        ++line_;
                    } else if (c == '\'') {
                        state_ = State::SingleQuote;
                    } else if (c == '"') {
                        state_ = State::DoubleQuote;
                    } else if (c == '\\') {
                        state_ = State::ValueEscape;
                    } else if (!is_blank(c)) {
                        state_ = State::Value;
                        value_ += c;
                    }
                    break;
                case State::Value:
                    if (is_newline(c)) {
                        push(true);
                        ++line_;
                    } else if (c == '\\') {
                        state_ = State::ValueEscape;
                        value_blank_ = std::string::npos;
                    } else {
                        append_tracking_blanks(value_, value_blank_, c);
                    }
                    break;
                case State::ValueEscape:
                    state_ = State::Value;
                    if (!is_newline(c)) value_ += c;  // an escaped newline joins the lines
                    break;
                case State::SingleQuote:
                    if (c == '\'')
                        state_ = State::PreValue;
                    else
                        value_ += c;
                    break;
                case State::DoubleQuote:
                    if (c == '"')
                        state_ = State::PreValue;
                    else if (c == '\\')
                        state_ = State::DoubleQuoteEscape;
                    else
                        value_ += c;
                    break;
                case State::DoubleQuoteEscape:
                    state_ = State::DoubleQuote;
                    if (c == '"' || c == '\\' || c == '`' || c == '$') {
                        value_ += c;
                    } else if (c != '\n') {  // the shell keeps other backslashes
                        value_ += '\\';
                        value_ += c;
                    }
                    break;
                case State::Comment:
                    if (c == '\\') {
                        state_ = State::CommentEscape;
                    } else if (is_newline(c)) {
                        state_ = State::PreKey;
                        ++line_;
                    }
                    break;
                case State::CommentEscape:
                    if (is_newline(c)) {
                        if (line_holds_text(text, at + 1))
                            return ParseError{line_ + 1,
                                              "follows a comment ending in a backslash: systemd "
                                              "before 254 reads it as part of the comment, later "
                                              "versions as an assignment"};
                        state_ = State::PreKey;
                        ++line_;
                    } else {
                        state_ = State::Comment;
                    }
                    break;
            }
        }
        switch (state_) {
            case State::PreValue:
            case State::ValueEscape:
            case State::SingleQuote:
            case State::DoubleQuote:
            case State::DoubleQuoteEscape:
                push(false);
                break;
            case State::Value:
                push(true);
                break;
            default:
                break;
        }
        return std::move(assignments_);
    }

   private:
    enum class State {
        PreKey,
        Key,
        PreValue,
        Value,
        ValueEscape,
        SingleQuote,
        DoubleQuote,
        DoubleQuoteEscape,
        Comment,
        CommentEscape
    };

    // Appends c, keeping `blank_start` at the start of the trailing blanks (npos: none), which
    // systemd cuts off when the key or unquoted value ends.
    static void append_tracking_blanks(std::string& text, size_t& blank_start, char c) {
        if (!is_blank(c))
            blank_start = std::string::npos;
        else if (blank_start == std::string::npos)
            blank_start = text.size();
        text += c;
    }

    void push(bool chomp_value) {
        if (key_blank_ != std::string::npos) key_.resize(key_blank_);
        if (chomp_value && value_blank_ != std::string::npos) value_.resize(value_blank_);
        // exec_context_load_environment drops names the environment cannot hold
        if (env_name_valid(key_)) {
            const auto same = std::find_if(assignments_.begin(), assignments_.end(),
                                           [&](const EnvAssignment& a) { return a.name == key_; });
            if (same != assignments_.end()) {
                same->value = value_;
                same->line = line_;
            } else {
                assignments_.push_back({key_, value_, line_});
            }
        }
        state_ = State::PreKey;
        key_.clear();
        value_.clear();
    }

    State state_ = State::PreKey;
    std::string key_, value_;
    size_t key_blank_ = std::string::npos, value_blank_ = std::string::npos;
    int line_ = 1;
    std::vector<EnvAssignment> assignments_;
};

}  // namespace

bool env_name_valid(std::string_view name) {
    if (name.empty() || (name[0] >= '0' && name[0] <= '9')) return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_';
    });
}

Parsed<std::vector<EnvAssignment>> parse_env_file(std::string_view text) {
    return EnvFileParser().run(text);
}

}  // namespace oscapvirt::model
