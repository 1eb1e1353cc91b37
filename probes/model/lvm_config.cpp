#include "model/lvm_config.h"

#include <strings.h>

#include <cerrno>
#include <cstdlib>
#include <initializer_list>
#include <memory>
#include <utility>

namespace oscapvirt::model {
namespace {

// isspace() in the C locale, as libdm's tokeniser calls it.
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }

enum class Tok {
    SectionB,
    SectionE,
    ArrayB,
    ArrayE,
    Comma,
    Eq,
    StringEscaped,
    String,
    Int,
    Float,
    Identifier,
    StringBare,
    Eof
};

using Value = LvmConfigValue;
using Node = LvmConfigNode;

struct Failure {
    std::string message;
};

constexpr int kMaxDepth = 64;  // lvm has no limit; real metadata nests five levels

class ConfigParser {
   public:
    explicit ConfigParser(std::string_view text) : text_(text.substr(0, text.find('\0'))) {}

    // _file(): sections until the end.
    void parse(Node& root) {
        next(Tok::SectionE);
        while (tok_ != Tok::Eof) section(root, 0);
    }
    int line() const { return line_; }

   private:
    [[noreturn]] void fail(const std::string& message) const { throw Failure{message}; }

    // _get_token()
    void next(Tok previous) {
        tb_ = te_;
        eat_space();
        if (tb_ >= text_.size()) {
            tok_ = Tok::Eof;
            return;
        }
        const bool values_allowed =
            previous == Tok::Eq || previous == Tok::ArrayB || previous == Tok::Comma;
        size_t te = te_;
        tok_ = Tok::Int;
        const char c = text_[te];
        switch (c) {
            case '{':
                tok_ = Tok::SectionB;
                ++te;
                break;
            case '}':
                tok_ = Tok::SectionE;
                ++te;
                break;
            case '[':
                tok_ = Tok::ArrayB;
                ++te;
                break;
            case ']':
                tok_ = Tok::ArrayE;
                ++te;
                break;
            case ',':
                tok_ = Tok::Comma;
                ++te;
                break;
            case '=':
                tok_ = Tok::Eq;
                ++te;
                break;
            case '"':
                tok_ = Tok::StringEscaped;
                ++te;
                while (te < text_.size() && text_[te] != '"') {
                    if (text_[te] == '\\' && te + 1 < text_.size()) ++te;
                    ++te;
                }
                if (te < text_.size()) ++te;
                break;
            case '\'':
                tok_ = Tok::String;
                ++te;
                while (te < text_.size() && text_[te] != '\'') ++te;
                if (te < text_.size()) ++te;
                break;
            default:
                if (values_allowed && (c == '.' || c == '+' || c == '-' || is_digit(c))) {
                    if (c == '.') tok_ = Tok::Float;
                    while (++te < text_.size()) {
                        if (is_digit(text_[te])) continue;
                        if (text_[te] == '.' && tok_ != Tok::Float) {
                            tok_ = Tok::Float;
                            continue;
                        }
                        break;
                    }
                    break;
                }
                tok_ = values_allowed ? Tok::StringBare : Tok::Identifier;
                while (te < text_.size() && !is_space(text_[te]) && text_[te] != '#' &&
                       text_[te] != '=' && text_[te] != '{' && text_[te] != '}')
                    ++te;
                break;
        }
        te_ = te;
    }

    // _eat_space(): blanks and '#' comments up to the end of the line.
    void eat_space() {
        while (tb_ < text_.size()) {
            if (text_[te_] == '#') {
                while (te_ < text_.size() && text_[te_] != '\n') ++te_;
            } else if (!is_space(text_[te_])) {
                break;
            }
            while (te_ < text_.size() && is_space(text_[te_])) {
                if (text_[te_] == '\n') ++line_;
                ++te_;
            }
            tb_ = te_;
        }
    }

    std::string token() const { return std::string(text_.substr(tb_, te_ - tb_)); }

    // _dup_string_tok(): the token without its first and last character (the quotes; an
    // unterminated string loses its last character instead, as in libdm).
    std::string string_token() const {
        if (te_ - tb_ < 2) fail("expected a string token");
        return std::string(text_.substr(tb_ + 1, te_ - tb_ - 2));
    }

    void match(Tok expected) {
        if (tok_ != expected) fail("unexpected token");
        next(expected);
    }

    // _section(): KEY '{' SECTION* '}' | KEY '=' VALUE
    void section(Node& parent, int depth) {
        if (depth > kMaxDepth) fail("sections nested too deep");
        std::string key;
        if (tok_ == Tok::StringEscaped) {
            key = unescape_double_quotes(string_token());
            match(Tok::StringEscaped);
        } else if (tok_ == Tok::String) {
            key = string_token();
            match(Tok::String);
        } else {
            key = token();
            match(Tok::Identifier);
        }
        if (key.empty()) fail("empty section identifier");
        Node& node = find_or_make(parent, key);
        if (tok_ == Tok::SectionB) {
            match(Tok::SectionB);
            while (tok_ != Tok::SectionE) section(node, depth + 1);
            match(Tok::SectionE);
        } else {
            match(Tok::Eq);
            std::vector<Value> values = value(key);
            node.values = std::move(values);  // a duplicate value: the last one stays
        }
    }

    // _value(): '[' TYPE (',' TYPE)* ']' | TYPE
    std::vector<Value> value(const std::string& key) {
        std::vector<Value> values;
        if (tok_ != Tok::ArrayB) {
            values.push_back(type(key));
            return values;
        }
        match(Tok::ArrayB);
        while (tok_ != Tok::ArrayE) {
            values.push_back(type(key));
            if (tok_ == Tok::Comma) match(Tok::Comma);
        }
        match(Tok::ArrayE);
        if (values.empty()) values.push_back({Value::Type::EmptyArray, ""});
        return values;
    }

    // _type()
    Value type(const std::string& key) {
        Value v;
        switch (tok_) {
            case Tok::Int: {
                v.type = Value::Type::Int;
                v.str = token();
                errno = 0;
                (void)std::strtoll(v.str.c_str(), nullptr, 0);
                // lvm repairs an overflowing creation_time (written by old 32-bit builds)
                if (errno == ERANGE && key != "creation_time") fail("failed to read int token");
                match(Tok::Int);
                break;
            }
            case Tok::Float:
                v.type = Value::Type::Float;
                v.str = token();
                errno = 0;
                (void)std::strtod(v.str.c_str(), nullptr);
                if (errno) fail("failed to read float token");
                match(Tok::Float);
                break;
            case Tok::String:
                v.str = string_token();
                match(Tok::String);
                break;
            case Tok::StringBare:
                v.str = token();
                match(Tok::StringBare);
                break;
            case Tok::StringEscaped:
                v.str = unescape_double_quotes(string_token());
                match(Tok::StringEscaped);
                break;
            default:
                fail("expected a value");
        }
        return v;
    }

    // dm_unescape_double_quotes(): \" and \\ lose their backslash; other backslashes stay.
    static std::string unescape_double_quotes(const std::string& s) {
        std::string out;
        for (size_t i = 0; i < s.size(); ++i) {
            if (s[i] == '\\' && i + 1 < s.size() && (s[i + 1] == '"' || s[i + 1] == '\\')) ++i;
            out += s[i];
        }
        return out;
    }

    // _find_or_make_node() with the duplicate check: a key is a path of '/'-separated
    // segments; the first node of a name is reused (its section gains the children of a
    // repeated one).
    static Node& find_or_make(Node& parent, std::string_view path) {
        Node* at = &parent;
        while (true) {
            while (!path.empty() && path.front() == '/') path.remove_prefix(1);
            const size_t end = path.find('/');
            const std::string_view segment = path.substr(0, end);
            Node* found = nullptr;
            for (auto& child : at->children)
                if (child->key == segment) {
                    found = child.get();
                    break;
                }
            if (!found) {
                at->children.push_back(std::make_unique<Node>());
                found = at->children.back().get();
                found->key = std::string(segment);
            }
            if (end == std::string_view::npos) return *found;
            at = found;
            path.remove_prefix(end);
        }
    }

    std::string_view text_;
    size_t tb_ = 0, te_ = 0;
    int line_ = 1;
    Tok tok_ = Tok::Eof;
};

}  // namespace

const LvmConfigNode* LvmConfigNode::child(std::string_view name) const {
    for (const auto& c : children)
        if (c->key == name) return c.get();
    return nullptr;
}

const LvmConfigNode* LvmConfigNode::find(std::string_view path) const {
    const LvmConfigNode* at = this;
    while (at) {
        while (!path.empty() && path.front() == '/') path.remove_prefix(1);
        const size_t end = path.find('/');
        at = at->child(path.substr(0, end));
        if (end == std::string_view::npos) return at;
        path.remove_prefix(end);
    }
    return nullptr;
}

Parsed<LvmConfigNode> parse_lvm_config(std::string_view text) {
    LvmConfigNode root;
    ConfigParser parser(text);
    try {
        parser.parse(root);
    } catch (const Failure& failure) {
        return ParseError{parser.line(), failure.message};
    }
    // _do_dm_config_parse(): _file() finds no section and returns NULL, which fails the parse; lvm
    // skips only a file of size 0 (config_file_read).
    if (!text.empty() && root.children.empty())
        return ParseError{0, "no settings in a file that is not empty"};
    return root;
}

namespace {

// _merge_section(): the direct settings of `from` into the section `into`.
void merge_section(LvmConfigNode& into, LvmConfigNode& from) {
    for (auto& setting : from.children) {
        if (setting->key == "tags" || setting->is_section()) continue;
        LvmConfigNode* old = nullptr;
        for (auto& c : into.children)
            if (c->key == setting->key) {
                old = c.get();
                break;
            }
        if (!old) {
            into.children.push_back(std::move(setting));
            continue;
        }
        const bool joined =
            (into.key == "activation" && setting->key == "volume_list") ||
            (into.key == "devices" && (setting->key == "filter" || setting->key == "types"));
        if (joined)
            setting->values.insert(setting->values.end(), old->values.begin(), old->values.end());
        old->values = std::move(setting->values);
    }
}

}  // namespace

void merge_lvm_config(LvmConfigNode& merged, LvmConfigNode&& file) {
    for (auto& section : file.children) {
        if (section->key == "tags") continue;
        LvmConfigNode* old = nullptr;
        for (auto& c : merged.children)
            if (c->key == section->key) {
                old = c.get();
                break;
            }
        if (old) {
            merge_section(*old, *section);
            continue;
        }
        // A new section loses its `tags` settings (uses_host_tags() has refused those already).
        auto& kids = section->children;
        std::erase_if(kids, [](const auto& c) { return c->key == "tags"; });
        merged.children.push_back(std::move(section));
    }
}

bool uses_host_tags(const LvmConfigNode& file) {
    for (const auto& section : file.children)
        if (section->key == "tags" || section->child("tags")) return true;
    return false;
}

Parsed<std::optional<bool>> lvm_config_bool(const LvmConfigNode& root, std::string_view path) {
    const LvmConfigNode* node = root.find(path);
    if (!node) return std::optional<bool>{};
    if (node->is_section())
        return ParseError{0, std::string(path) + " is a section, not a value (lvm crashes)"};
    const LvmConfigValue& v = node->values.front();
    if (v.type == LvmConfigValue::Type::Int)
        return std::optional<bool>{std::strtoll(v.str.c_str(), nullptr, 0) != 0};
    if (v.type == LvmConfigValue::Type::String) {
        const auto is = [&](std::initializer_list<const char*> words) {
            for (const char* w : words)
                if (::strcasecmp(v.str.c_str(), w) == 0) return true;
            return false;
        };
        if (is({"y", "yes", "on", "true"})) return std::optional<bool>{true};
        if (is({"n", "no", "off", "false"})) return std::optional<bool>{false};
    }
    return std::optional<bool>{};
}

std::optional<std::string> lvm_config_string(const LvmConfigNode& root, std::string_view path) {
    const LvmConfigNode* node = root.find(path);
    if (!node || node->is_section()) return std::nullopt;
    const LvmConfigValue& v = node->values.front();
    // a C string: libdm sees the text up to its first NUL
    const std::string text = v.str.substr(0, v.str.find('\0'));
    if (v.type != LvmConfigValue::Type::String || text.empty()) return std::nullopt;
    return text;
}

namespace {

// Long joined expressions recurse deeply in parse_rx.c (one level per character); beyond this
// the reader refuses rather than risk its own stack.
constexpr size_t kMaxJoinedRegex = 64 * 1024;

// parse_rx.c: _rx_get_token, _term, _closure_term, _cat_term, _or_term, reduced to whether a
// tree comes out (rx_parse_tok() returns NULL only when _or_term() does; the optimiser fails
// only on allocation). Errors of the tokeniser end the input, as in lvm.
class RegexGrammar {
   public:
    explicit RegexGrammar(const std::string& rx) : rx_(rx), end_(rx.size()) {}

    bool parses() {
        next();
        return or_term();
    }
    const std::string& unsafe() const { return unsafe_; }

   private:
    static constexpr int kCharset = 0, kEnd = -1;

    // A byte as lvm's tokeniser holds it: a plain (signed on x86) char.
    static int signed_byte(char c) { return static_cast<signed char>(c); }

    // rx_[end_] is the joined string's terminating NUL, which lvm also reads there.
    char at(size_t i) const { return i < rx_.size() ? rx_[i] : '\0'; }

    void next() {
        size_t ptr = cursor_;
        if (ptr == end_) {
            type_ = kEnd;
            return;
        }
        const char c = at(ptr);
        switch (c) {
            case '[': {
                ++ptr;
                if (at(ptr) == '^') ++ptr;
                signed char lc = 0;
                bool range = false;
                while (ptr < end_ && at(ptr) != ']') {
                    signed char ch;
                    if (at(ptr) == '\\') {
                        ++ptr;
                        ch = static_cast<signed char>(at(ptr));
                        if (ch == 'n') ch = '\n';
                        if (ch == 'r') ch = '\r';
                        if (ch == 't') ch = '\t';
                    } else if (at(ptr) == '-' && lc) {
                        range = true;
                        ++ptr;
                        // unreachable in a joined expression (it always ends in ')'), where
                        // lvm would leave its state unchanged and recurse without end
                        if (ptr == end_) {
                            unsafe_ = "an incomplete range";
                            type_ = kEnd;
                            return;
                        }
                        ch = static_cast<signed char>(at(ptr));
                    } else {
                        ch = static_cast<signed char>(at(ptr));
                    }
                    if (range) {
                        if (lc > ch) std::swap(lc, ch);
                        if (ch == 127 || lc < 0) unsafe_ = "a range lvm cannot build";
                        range = false;
                    } else if (ch < 0) {
                        unsafe_ = "a byte above 0x7f in a character class";
                    }
                    ++ptr;
                    lc = ch;
                }
                if (ptr >= end_) {
                    type_ = kEnd;
                    return;
                }
                type_ = kCharset;
                cursor_ = ptr + 1;
                return;
            }
            case '(':
            case ')':
            case '*':
            case '+':
            case '?':
            case '|':
                type_ = c;
                cursor_ = ptr + 1;
                return;
            case '\\':
                ++ptr;
                if (ptr >= end_) {
                    type_ = kEnd;
                    return;
                }
                if (signed_byte(at(ptr)) < 0) unsafe_ = "a byte above 0x7f after a backslash";
                type_ = kCharset;
                cursor_ = ptr + 1;
                return;
            default:  // '^', '$', '.' and every other byte: one character set
                type_ = kCharset;
                cursor_ = ptr + 1;
                return;
        }
    }

    bool term() {
        if (type_ == kCharset) {
            next();
            return true;
        }
        if (type_ != '(') return false;
        next();
        const bool inner = or_term();
        if (type_ != ')') return false;
        next();
        return inner;
    }

    bool closure_term() {
        if (!term()) return false;
        while (type_ == '*' || type_ == '+' || type_ == '?') next();
        return true;
    }

    // lvm ignores whether the rest of a concatenation parses: what it consumed stays consumed.
    bool cat_term() {
        if (!closure_term()) return false;
        if (type_ != '|') (void)cat_term();
        return true;
    }

    bool or_term() {
        if (!cat_term()) return false;
        if (type_ != '|') return true;
        next();
        return or_term();
    }

    const std::string& rx_;
    size_t end_;
    size_t cursor_ = 0;
    int type_ = kEnd;
    std::string unsafe_;
};

}  // namespace

Parsed<std::vector<LvmFilterPattern>> parse_lvm_filter(const LvmConfigNode& setting) {
    constexpr std::string_view kUndefined = kLvmFilterUndefined;
    std::vector<LvmFilterPattern> patterns;
    for (const LvmConfigValue& v : setting.values) {
        if (v.type != LvmConfigValue::Type::String)
            return ParseError{0, "filter patterns must be enclosed in quotes"};
        // _extract_pattern() on the C string
        const std::string text = v.str.substr(0, v.str.find('\0'));
        if (text.empty() || (text[0] != 'a' && text[0] != 'r'))
            return ParseError{0, "pattern must begin with 'a' or 'r': " + text};
        if (text.size() < 3)  // lvm reads past the string's end
            return ParseError{0, std::string(kUndefined) + "a pattern without delimiters: " + text};
        const char open = text[1];
        const char close = open == '(' ? ')' : open == '[' ? ']' : open == '{' ? '}' : open;
        if (text.back() != close)
            return ParseError{0, "invalid separator at end of regex: " + text};
        patterns.push_back({text[0] == 'a', text.substr(2, text.size() - 3), text});
    }
    // dm_regex_create(): "(.*(Pn)\0)|...|(.*(P1)\0)", parsed as one expression (_build_matcher
    // fills its array back to front, so the last entry comes first)
    std::string joined;
    for (size_t i = patterns.size(); i-- > 0;) {
        if (i + 1 < patterns.size()) joined += '|';
        joined += "(.*(" + patterns[i].regex + ")";
        joined += '\0';
        joined += ')';
    }
    if (joined.size() > kMaxJoinedRegex)
        return ParseError{0, std::string(kUndefined) + "filter expressions too long to judge"};
    RegexGrammar grammar(joined);
    const bool parses = grammar.parses();
    if (!grammar.unsafe().empty())
        return ParseError{0,
                          std::string(kUndefined) + "a filter expression with " + grammar.unsafe()};
    if (!parses) return ParseError{0, "filter expression does not parse as lvm's regex"};
    return patterns;
}

bool records_use_devicesfile_default_on(std::string_view lvm_conf) {
    size_t start = 0;
    while (start <= lvm_conf.size()) {
        size_t end = lvm_conf.find('\n', start);
        if (end == std::string_view::npos) end = lvm_conf.size();
        std::string_view line = lvm_conf.substr(start, end - start);
        const auto skip_blanks = [&line] {
            while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
                line.remove_prefix(1);
        };
        skip_blanks();
        if (!line.empty() && line.front() == '#') {
            line.remove_prefix(1);
            skip_blanks();
            if (line.starts_with("use_devicesfile")) {
                line.remove_prefix(15);
                skip_blanks();
                if (!line.empty() && line.front() == '=') {
                    line.remove_prefix(1);
                    skip_blanks();
                    while (!line.empty() && (line.back() == ' ' || line.back() == '\t'))
                        line.remove_suffix(1);
                    if (line == "1") return true;
                }
            }
        }
        start = end + 1;
    }
    return false;
}

}  // namespace oscapvirt::model
