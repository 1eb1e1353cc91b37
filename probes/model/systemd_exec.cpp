#include "model/systemd_exec.h"

#include <optional>

#include "model/env_file.h"

namespace oscapvirt::model {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

void append_utf8(std::string& out, char32_t code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xc0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xe0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (code & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (code & 0x3f));
    }
}

// cunescape_one() (src/basic/escape.c): the escape at text[at] (after the backslash); returns
// the characters consumed, 0 for an escape systemd refuses.
size_t c_unescape(std::string_view text, size_t at, std::string& out) {
    if (at >= text.size()) return 0;
    const char c = text[at];
    switch (c) {
        case 'a':
            out += '\a';
            return 1;
        case 'b':
            out += '\b';
            return 1;
        case 'f':
            out += '\f';
            return 1;
        case 'n':
            out += '\n';
            return 1;
        case 'r':
            out += '\r';
            return 1;
        case 't':
            out += '\t';
            return 1;
        case 'v':
            out += '\v';
            return 1;
        case 's':
            out += ' ';
            return 1;
        case '\\':
        case '"':
        case '\'':
            out += c;
            return 1;
        case 'x': {
            if (at + 2 >= text.size()) return 0;
            const int high = hex_digit(text[at + 1]), low = hex_digit(text[at + 2]);
            if (high < 0 || low < 0 || (high == 0 && low == 0)) return 0;
            out += static_cast<char>(high * 16 + low);
            return 3;
        }
        case 'u':
        case 'U': {
            const size_t digits = c == 'u' ? 4 : 8;
            if (at + digits >= text.size()) return 0;
            char32_t code = 0;
            for (size_t k = 1; k <= digits; ++k) {
                const int d = hex_digit(text[at + k]);
                if (d < 0) return 0;
                code = code * 16 + static_cast<char32_t>(d);
            }
            if (code == 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return 0;
            append_utf8(out, code);
            return digits + 1;
        }
        default:
            if (c >= '0' && c <= '7') {
                if (at + 2 >= text.size()) return 0;
                const char b = text[at + 1], d = text[at + 2];
                if (b < '0' || b > '7' || d < '0' || d > '7') return 0;
                const int value = (c - '0') * 64 + (b - '0') * 8 + (d - '0');
                if (value == 0 || value > 255) return 0;
                out += static_cast<char>(value);
                return 3;
            }
            return 0;
    }
}

// extract_first_word() over the whole value. `c_escapes`: EXTRACT_CUNESCAPE (else a backslash
// takes the next character literally); `relax`: EXTRACT_RELAX (an unfinished quote or escape at
// the end is accepted).
Parsed<std::vector<std::string>> split_words(std::string_view text, bool c_escapes, bool relax) {
    std::vector<std::string> words;
    size_t at = 0;
    while (true) {
        while (at < text.size() && is_blank(text[at])) ++at;
        if (at >= text.size()) return words;
        std::string word;
        char quote = 0;
        while (at < text.size() && (quote || !is_blank(text[at]))) {
            const char c = text[at];
            if (c == '\\') {
                if (at + 1 >= text.size()) {
                    if (!relax) return ParseError{0, "a backslash ends the value"};
                    ++at;
                    continue;
                }
                if (c_escapes) {
                    const size_t used = c_unescape(text, at + 1, word);
                    if (used == 0)
                        return ParseError{0, "invalid escape \\" + std::string(1, text[at + 1])};
                    at += 1 + used;
                } else {
                    word += text[at + 1];
                    at += 2;
                }
                continue;
            }
            if (quote) {
                if (c == quote)
                    quote = 0;
                else
                    word += c;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else {
                word += c;
            }
            ++at;
        }
        if (quote && !relax) return ParseError{0, "a quote is not closed"};
        words.push_back(std::move(word));
    }
}

// unit_full_printf(): "%%" only; any other specifier is not judged here.
Parsed<std::string> resolve_specifiers(std::string_view value) {
    std::string out;
    for (size_t at = 0; at < value.size(); ++at) {
        if (value[at] != '%') {
            out += value[at];
            continue;
        }
        if (at + 1 < value.size() && value[at + 1] == '%') {
            out += '%';
            ++at;
            continue;
        }
        return ParseError{0, "unit specifier " + std::string(value.substr(at, 2)) +
                                 " is not resolved by this reader"};
    }
    return out;
}

const std::string* lookup(const Environment& env, const std::string& name) {
    const auto found = env.find(name);
    return found == env.end() ? nullptr : &found->second;
}

// replace_env() with no flags: ${NAME} replaced, "$$" a '$', any other '$' kept.
std::string replace_braced(std::string_view word, const Environment& env) {
    std::string out;
    for (size_t at = 0; at < word.size(); ++at) {
        const char c = word[at];
        if (c != '$' || at + 1 >= word.size()) {
            out += c;
            continue;
        }
        if (word[at + 1] == '$') {
            out += '$';
            ++at;
        } else if (word[at + 1] == '{') {
            const size_t close = word.find('}', at + 2);
            if (close == std::string_view::npos) {  // unfinished: systemd drops the rest
                return out;
            }
            if (const std::string* value =
                    lookup(env, std::string(word.substr(at + 2, close - at - 2))))
                out += *value;
            at = close;
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace

Parsed<ExecCommand> parse_exec_command(std::string_view value) {
    auto resolved = resolve_specifiers(value);
    if (auto* err = std::get_if<ParseError>(&resolved)) return *err;
    auto split = split_words(std::get<std::string>(resolved), true, false);
    if (auto* err = std::get_if<ParseError>(&split)) return *err;
    auto& words = std::get<std::vector<std::string>>(split);
    if (words.empty()) return ParseError{0, "no command"};
    for (const std::string& word : words)
        if (word == ";") return ParseError{0, "a ';' word: a command separator in old systemd"};
    ExecCommand command;
    std::string& first = words.front();
    bool separate_argv0 = false;
    size_t prefix = 0;
    for (; prefix < first.size(); ++prefix) {
        const char c = first[prefix];
        if (c == '-')
            command.ignore_failure = true;
        else if (c == '@')
            separate_argv0 = true;
        else if (c == ':')
            command.expand_environment = false;
        else if (c != '+' && c != '!' && c != '|')
            break;
    }
    command.path = first.substr(prefix);
    if (command.path.empty()) return ParseError{0, "no command after the prefixes"};
    if (separate_argv0) {
        if (words.size() < 2) return ParseError{0, "'@' without argv[0]"};
        command.words.assign(words.begin() + 1, words.end());
    } else {
        command.words = words;
        command.words.front() = command.path;
    }
    return command;
}

std::vector<std::string> expand_exec_argv(const ExecCommand& command, const Environment& env) {
    if (!command.expand_environment) return command.words;
    std::vector<std::string> argv;
    for (const std::string& word : command.words) {
        if (word.size() >= 1 && word[0] == '$' &&
            (word.size() == 1 || (word[1] != '{' && word[1] != '$'))) {
            const std::string* value = lookup(env, word.substr(1));
            if (!value) continue;
            auto split = split_words(*value, false, true);
            if (auto* parts = std::get_if<std::vector<std::string>>(&split))
                argv.insert(argv.end(), parts->begin(), parts->end());
            continue;
        }
        argv.push_back(replace_braced(word, env));
    }
    return argv;
}

Parsed<Environment> parse_environment_setting(std::string_view value) {
    auto resolved = resolve_specifiers(value);
    if (auto* err = std::get_if<ParseError>(&resolved)) return *err;
    auto split = split_words(std::get<std::string>(resolved), true, false);
    if (auto* err = std::get_if<ParseError>(&split)) return *err;
    Environment env;
    for (const std::string& word : std::get<std::vector<std::string>>(split)) {
        const size_t equals = word.find('=');
        if (equals == std::string::npos ||
            !env_name_valid(std::string_view(word).substr(0, equals)))
            continue;
        env[word.substr(0, equals)] = word.substr(equals + 1);
    }
    return env;
}

}  // namespace oscapvirt::model
