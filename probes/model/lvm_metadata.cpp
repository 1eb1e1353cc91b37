#include "model/lvm_metadata.h"

#include <cerrno>
#include <cstdlib>
#include <memory>

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

struct Value {
    enum class Type { Int, Float, String, EmptyArray } type = Type::String;
    std::string str;
};

// A dm_config_node: a key with a value (the first element of an array stands for it, as in
// libdm's list of values) or children.
struct Node {
    std::string key;
    std::vector<Value> values;  // empty: no value
    std::vector<std::unique_ptr<Node>> children;
};

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

const Node* child(const Node& node, std::string_view key) {
    for (const auto& c : node.children)
        if (c->key == key) return c.get();
    return nullptr;
}

// dm_config_get_str(): the node's (first) value, when it is a string.
const std::string* string_value(const Node& node, std::string_view key) {
    const Node* n = child(node, key);
    if (!n || n->values.empty() || n->values.front().type != Value::Type::String) return nullptr;
    return &n->values.front().str;
}

// id_read_format(): 32 characters of lvm's id alphabet once the hyphens are removed.
bool valid_id(std::string_view id) {
    constexpr std::string_view alphabet =
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!#";
    size_t count = 0;
    for (const char c : id) {
        if (c == '-') continue;
        if (alphabet.find(c) == std::string_view::npos) return false;
        ++count;
    }
    return count == 32;
}

}  // namespace

Parsed<LvmMetadata> parse_lvm_metadata(std::string_view text) {
    Node root;
    ConfigParser parser(text);
    try {
        parser.parse(root);
    } catch (const Failure& failure) {
        return ParseError{parser.line(), failure.message};
    }
    // _vsn1_check_version()
    const Node* contents = child(root, "contents");
    if (!contents) return ParseError{0, "missing contents field"};
    if (contents->values.empty() || contents->values.front().type != Value::Type::String ||
        contents->values.front().str != "Text Format Volume Group")
        return ParseError{0, "unrecognised contents field"};
    const Node* version = child(root, "version");
    if (!version) return ParseError{0, "missing version number"};
    if (version->values.empty() || version->values.front().type != Value::Type::Int ||
        std::strtoll(version->values.front().str.c_str(), nullptr, 0) != 1)
        return ParseError{0, "unrecognised version number"};
    // _read_vg(): the first top-level node without a value
    const Node* vg = nullptr;
    for (const auto& c : root.children)
        if (c->values.empty()) {
            vg = c.get();
            break;
        }
    if (!vg) return ParseError{0, "no volume group in the file"};
    LvmMetadata metadata;
    metadata.vg_name = vg->key;
    const Node* pvs = child(*vg, "physical_volumes");  // dm_config_get_section()
    if (!pvs || !pvs->values.empty()) return ParseError{0, "no section physical_volumes"};
    for (const auto& pv : pvs->children) {  // _read_pv()
        if (pv->children.empty()) return ParseError{0, "empty pv section " + pv->key};
        const std::string* id = string_value(*pv, "id");
        if (!id) return ParseError{0, "no uuid for physical volume " + pv->key};
        if (!valid_id(*id)) return ParseError{0, "invalid uuid for physical volume " + pv->key};
        LvmPhysicalVolume out{pv->key, std::nullopt};
        if (const std::string* device = string_value(*pv, "device")) out.device = *device;
        metadata.physical_volumes.push_back(std::move(out));
    }
    return metadata;
}

bool valid_lvm_name(std::string_view name) {
    if (name.empty() || name.size() >= 128 || name.front() == '-') return false;
    if (name == "." || name == "..") return false;
    for (const char c : name) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c);
        if (!alnum && c != '.' && c != '_' && c != '-' && c != '+') return false;
    }
    return true;
}

namespace {
// _unquote(): one '-'-separated component with doubled hyphens halved; the rest after it.
std::pair<std::string, std::string_view> unquote(std::string_view s) {
    std::string out;
    size_t i = 0;
    for (; i < s.size(); ++i) {
        if (i + 1 < s.size() && s[i] == '-') {
            if (s[i + 1] != '-') break;
            ++i;
        }
        out += s[i];
    }
    return {out, i < s.size() ? s.substr(i + 1) : std::string_view()};
}

std::string doubled(std::string_view name) {
    std::string out;
    for (const char c : name) {
        out += c;
        if (c == '-') out += c;
    }
    return out;
}
}  // namespace

std::optional<std::pair<std::string, std::string>> split_dm_lvm_name(std::string_view dm_name) {
    auto [vg, rest] = unquote(dm_name);
    auto [lv, layer_rest] = unquote(rest);
    auto [layer, _] = unquote(layer_rest);
    if (!layer.empty() || !layer_rest.empty()) return std::nullopt;
    if (!valid_lvm_name(vg) || !valid_lvm_name(lv)) return std::nullopt;
    // libdm reads a lone trailing '-' as part of the name ("vg-lv-" is LV "lv-"), but lvm
    // names that LV "vg-lv--": only the name lvm itself would make counts.
    if (doubled(vg) + "-" + doubled(lv) != dm_name) return std::nullopt;
    return std::pair{vg, lv};
}

}  // namespace oscapvirt::model
