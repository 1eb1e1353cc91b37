#include "model/apparmor.h"

#include <algorithm>
#include <optional>

namespace oscapvirt::model {
namespace {

std::string_view trim(std::string_view text) {
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && blank(text.back())) text.remove_suffix(1);
    return text;
}

bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// "NAME (MODE)" as the kernel prints a profile: the name may itself hold spaces or parentheses
// (quoted profile names), so the mode is the last parenthesised word.
bool split_name_mode(std::string_view line, std::string& name, std::string& mode) {
    if (line.empty() || line.back() != ')') return false;
    const size_t open = line.rfind(" (");
    if (open == std::string_view::npos || open == 0) return false;
    name = std::string(line.substr(0, open));
    mode = std::string(line.substr(open + 2, line.size() - open - 3));
    return !mode.empty() && mode.find_first_of(" ()") == std::string::npos;
}

// ---- policy text --------------------------------------------------------------------------

struct Word {
    std::string text;
    bool quoted = false;
};

struct Statement {
    std::vector<Word> words;
    int line = 0;
};

bool is_perms_word(const std::string& word) {
    if (word.empty()) return false;
    return std::all_of(word.begin(), word.end(), [](char c) {
        return std::string_view("rwaklmixpucPUCIN").find(c) != std::string_view::npos;
    });
}

bool looks_like_path(const Word& word) {
    return !word.text.empty() && (word.text[0] == '/' || word.text.rfind("@{", 0) == 0);
}

// Classifies one comma-terminated statement; file rules are kept, everything else skipped.
std::optional<ParseError> take_statement(const Statement& statement, AppArmorPolicyText& policy) {
    const auto& words = statement.words;
    size_t at = 0;
    AppArmorFileRule rule;
    rule.line = statement.line;
    while (at < words.size() && !words[at].quoted) {
        const std::string& w = words[at].text;
        if (w == "audit" || w == "allow" || w == "quiet" || w.rfind("priority=", 0) == 0)
            ++at;
        else if (w == "deny")
            rule.deny = true, ++at;
        else if (w == "owner")
            rule.owner = true, ++at;
        else
            break;
    }
    if (at >= words.size()) return std::nullopt;
    bool file_keyword = false;
    if (!words[at].quoted && words[at].text == "file") file_keyword = true, ++at;
    const size_t left = words.size() - at;
    if (file_keyword && left == 0) {
        // `file,` grants every file permission on every path.
        rule.path = "/**";
        rule.perms = "rwlkmix";
        policy.file_rules.push_back(rule);
        return std::nullopt;
    }
    if (left == 0) return std::nullopt;
    const Word& first = words[at];
    if (looks_like_path(first)) {
        if (left < 2 || !is_perms_word(words[at + 1].text))
            return ParseError{statement.line,
                              "file rule for " + first.text + " has no permissions"};
        rule.path = first.text;
        rule.perms = words[at + 1].text;
    } else if (!first.quoted && is_perms_word(first.text) && left >= 2 &&
               looks_like_path(words[at + 1])) {
        rule.perms = first.text;
        rule.path = words[at + 1].text;
    } else {
        if (file_keyword) return ParseError{statement.line, "file rule without a path"};
        return std::nullopt;  // capability, network, ptrace, signal, unix, dbus, mount, ...
    }
    policy.file_rules.push_back(rule);
    return std::nullopt;
}

struct Assignment {
    std::string name;
    bool append = false;
    std::vector<std::string> values;
};

// `@{NAME} = a b`, `@{NAME}=a b`, `@{NAME} += c`: blanks around the operator are optional.
std::optional<Assignment> as_assignment(const Statement& statement) {
    const auto& words = statement.words;
    if (words.empty() || words[0].quoted || words[0].text.rfind("@{", 0) != 0) return std::nullopt;
    const std::string& head = words[0].text;
    const size_t close = head.find('}');
    if (close == std::string::npos) return std::nullopt;
    Assignment assignment;
    assignment.name = head.substr(2, close - 2);
    std::string rest = head.substr(close + 1);
    size_t next = 1;
    if (rest.empty()) {
        if (words.size() < 2 || words[1].quoted) return std::nullopt;
        rest = words[1].text;
        next = 2;
    }
    if (rest.rfind("+=", 0) == 0)
        assignment.append = true, rest = rest.substr(2);
    else if (rest.rfind('=', 0) == 0)
        rest = rest.substr(1);
    else
        return std::nullopt;
    if (!rest.empty()) assignment.values.push_back(rest);
    for (size_t i = next; i < words.size(); ++i) assignment.values.push_back(words[i].text);
    return assignment;
}

void take_assignment(const Assignment& assignment, AppArmorPolicyText& policy) {
    auto& values = policy.variables[assignment.name];
    if (!assignment.append) values.clear();
    values.insert(values.end(), assignment.values.begin(), assignment.values.end());
}

class PolicyLexer {
   public:
    explicit PolicyLexer(std::string_view text) : text_(text) {}

    Parsed<AppArmorPolicyText> run() {
        while (pos_ < text_.size()) {
            if (auto error = step()) return *error;
        }
        if (!word_.empty() || quoted_) finish_word();
        if (word_braces_ != 0) return ParseError{line_, "unbalanced { in a path"};
        if (!statement_.words.empty()) {
            if (auto assignment = as_assignment(statement_))
                take_assignment(*assignment, policy_);
            else
                return ParseError{statement_.line, "rule not terminated by ','"};
        }
        if (blocks_ != 0) return ParseError{line_, "unclosed profile block"};
        return std::move(policy_);
    }

   private:
    std::optional<ParseError> step() {
        const char c = text_[pos_];
        if (c == '\n') {
            finish_word();
            // Variable assignments end with their line; other rules run on to their comma.
            if (auto assignment = as_assignment(statement_)) {
                take_assignment(*assignment, policy_);
                statement_ = {};
            }
            ++line_;
            ++pos_;
            return std::nullopt;
        }
        if (is_blank(c)) {
            finish_word();
            ++pos_;
            return std::nullopt;
        }
        if (c == '"') return quoted_word();
        if (word_.empty() && statement_.words.empty() && starts_include()) return include();
        if (c == '#' && word_.empty()) {
            skip_to_line_end();
            return std::nullopt;
        }
        // A block opens after its header (`profile NAME flags=(...) {`); a brace that starts
        // a rule is an alternation in its path.
        if (c == '{' && word_.empty() && word_braces_ == 0 && !statement_.words.empty()) {
            open_block();
            ++pos_;
            return std::nullopt;
        }
        if (c == '}' && word_braces_ == 0) {
            finish_word();
            if (!statement_.words.empty() && !as_assignment(statement_))
                return ParseError{statement_.line, "rule not terminated by ','"};
            if (blocks_ == 0) return ParseError{line_, "'}' without an open block"};
            --blocks_;
            ++pos_;
            return std::nullopt;
        }
        if (c == ',' && word_braces_ == 0 && parens_ == 0 && !in_set_) {
            finish_word();
            if (!statement_.words.empty()) {
                if (auto error = take_statement(statement_, policy_)) return error;
            }
            statement_ = {};
            ++pos_;
            return std::nullopt;
        }
        if (c == '\\' && pos_ + 1 < text_.size()) {
            append(c);
            append(text_[pos_ + 1]);
            pos_ += 2;
            return std::nullopt;
        }
        // Inside a [set] of a path everything up to ']' is literal, commas included.
        if (c == '[' && !in_set_)
            in_set_ = true;
        else if (c == ']' && in_set_)
            in_set_ = false;
        else if (c == '{' && !in_set_)
            ++word_braces_;
        else if (c == '}' && !in_set_)
            --word_braces_;
        if (c == '(') ++parens_;
        if (c == ')' && parens_ > 0) --parens_;
        append(c);
        ++pos_;
        return std::nullopt;
    }

    void append(char c) {
        if (word_.empty() && statement_.words.empty()) statement_.line = line_;
        word_.push_back(c);
    }

    void finish_word() {
        in_set_ = false;
        if (word_.empty() && !quoted_) return;
        if (statement_.words.empty() && statement_.line == 0) statement_.line = line_;
        statement_.words.push_back({word_, quoted_});
        word_.clear();
        quoted_ = false;
    }

    std::optional<ParseError> quoted_word() {
        const int start = line_;
        finish_word();
        std::string value;
        ++pos_;
        while (pos_ < text_.size() && text_[pos_] != '"') {
            if (text_[pos_] == '\n') return ParseError{start, "unterminated quoted string"};
            if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) value.push_back(text_[pos_++]);
            value.push_back(text_[pos_++]);
        }
        if (pos_ >= text_.size()) return ParseError{start, "unterminated quoted string"};
        ++pos_;
        if (statement_.words.empty()) statement_.line = start;
        word_ = value;
        quoted_ = true;
        finish_word();
        return std::nullopt;
    }

    bool starts_include() const {
        const std::string_view rest = text_.substr(pos_);
        for (std::string_view keyword : {"#include", "include"})
            if (rest.substr(0, keyword.size()) == keyword &&
                (rest.size() == keyword.size() || is_blank(rest[keyword.size()]) ||
                 rest[keyword.size()] == '<' || rest[keyword.size()] == '"'))
                return true;
        return false;
    }

    // `#include <x>`, `include "x"`, `include if exists <x>`: no comma, ends at its target.
    std::optional<ParseError> include() {
        const int start = line_;
        pos_ += text_[pos_] == '#' ? 8 : 7;
        AppArmorInclude inc;
        inc.line = start;
        skip_inline_blanks();
        if (text_.substr(pos_, 2) == "if") {
            pos_ += 2;
            skip_inline_blanks();
            if (text_.substr(pos_, 6) != "exists")
                return ParseError{start, "include if without exists"};
            pos_ += 6;
            inc.if_exists = true;
            skip_inline_blanks();
        }
        if (pos_ >= text_.size() || (text_[pos_] != '<' && text_[pos_] != '"'))
            return ParseError{start, "include without <file> or \"file\""};
        const char close = text_[pos_] == '<' ? '>' : '"';
        inc.search_dir = close == '>';
        const size_t end = text_.find(close, pos_ + 1);
        const size_t eol = text_.find('\n', pos_);
        if (end == std::string_view::npos || (eol != std::string_view::npos && end > eol))
            return ParseError{start, "unterminated include"};
        inc.target = std::string(trim(text_.substr(pos_ + 1, end - pos_ - 1)));
        if (inc.target.empty()) return ParseError{start, "include of an empty name"};
        policy_.includes.push_back(inc);
        pos_ = end + 1;
        return std::nullopt;
    }

    void open_block() {
        finish_word();
        const auto& words = statement_.words;
        if (words.size() >= 2 && words[0].text == "profile")
            policy_.profiles.push_back(words[1].text);
        statement_ = {};
        ++blocks_;
    }

    void skip_inline_blanks() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
    }

    void skip_to_line_end() {
        while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
    }

    std::string_view text_;
    size_t pos_ = 0;
    int line_ = 1;
    int blocks_ = 0;
    int word_braces_ = 0;
    int parens_ = 0;
    bool in_set_ = false;
    std::string word_;
    bool quoted_ = false;
    Statement statement_;
    AppArmorPolicyText policy_;
};

// ---- patterns -----------------------------------------------------------------------------

// Index of the '}' closing the '{' at `open`, honouring nesting and escapes.
size_t closing_brace(std::string_view text, size_t open) {
    int depth = 0;
    for (size_t i = open; i < text.size(); ++i) {
        if (text[i] == '\\') {
            ++i;
            continue;
        }
        if (text[i] == '{') ++depth;
        if (text[i] == '}' && --depth == 0) return i;
    }
    return std::string_view::npos;
}

// The top-level alternatives of "a,b,{c,d}" (the text between an alternation's braces).
std::vector<std::string_view> alternatives(std::string_view inner) {
    std::vector<std::string_view> parts;
    int depth = 0;
    size_t from = 0;
    for (size_t i = 0; i < inner.size(); ++i) {
        if (inner[i] == '\\') {
            ++i;
            continue;
        }
        if (inner[i] == '[') {
            const size_t close = inner.find(']', i + 1);
            if (close != std::string_view::npos) i = close;
            continue;
        }
        if (inner[i] == '{') ++depth;
        if (inner[i] == '}') --depth;
        if (inner[i] == ',' && depth == 0) {
            parts.push_back(inner.substr(from, i - from));
            from = i + 1;
        }
    }
    parts.push_back(inner.substr(from));
    return parts;
}

struct Expander {
    const std::map<std::string, std::vector<std::string>>& variables;
    std::size_t limit;
    std::vector<std::string> out;
    std::optional<ParseError> error;
    int depth = 0;

    void expand(const std::string& prefix, std::string_view rest) {
        if (error) return;
        if (out.size() >= limit) {
            error =
                ParseError{0, "pattern expands to more than " + std::to_string(limit) + " globs"};
            return;
        }
        for (size_t i = 0; i < rest.size(); ++i) {
            if (rest[i] == '\\') {
                ++i;
                continue;
            }
            if (rest[i] == '@' && i + 1 < rest.size() && rest[i + 1] == '{') {
                const size_t close = rest.find('}', i);
                if (close == std::string_view::npos) {
                    error = ParseError{0, "unterminated variable in " + std::string(rest)};
                    return;
                }
                const std::string name(rest.substr(i + 2, close - i - 2));
                const auto found = variables.find(name);
                if (found == variables.end()) {
                    error = ParseError{0, "undefined variable @{" + name + "}"};
                    return;
                }
                if (++depth > 16) {
                    error = ParseError{0, "variables nest too deeply"};
                    return;
                }
                for (const std::string& value : found->second)
                    expand(prefix + std::string(rest.substr(0, i)),
                           value + std::string(rest.substr(close + 1)));
                --depth;
                return;
            }
            if (rest[i] == '{') {
                const size_t close = closing_brace(rest, i);
                if (close == std::string_view::npos) {
                    error = ParseError{0, "unbalanced { in " + std::string(rest)};
                    return;
                }
                for (std::string_view alternative : alternatives(rest.substr(i + 1, close - i - 1)))
                    expand(prefix + std::string(rest.substr(0, i)),
                           std::string(alternative) + std::string(rest.substr(close + 1)));
                return;
            }
        }
        std::string glob = prefix + std::string(rest);
        std::string collapsed;
        for (char c : glob)
            if (!(c == '/' && !collapsed.empty() && collapsed.back() == '/'))
                collapsed.push_back(c);
        out.push_back(std::move(collapsed));
    }
};

// [set] at glob[at] ('[' included); returns the index after ']' and whether c is in the set.
std::optional<size_t> match_set(std::string_view glob, size_t at, char c, bool& matched) {
    size_t i = at + 1;
    bool negate = false;
    if (i < glob.size() && glob[i] == '^') negate = true, ++i;
    bool found = false;
    bool first = true;
    for (; i < glob.size() && (first || glob[i] != ']'); ++i) {
        first = false;
        char low = glob[i];
        if (low == '\\' && i + 1 < glob.size()) low = glob[++i];
        char high = low;
        if (i + 2 < glob.size() && glob[i + 1] == '-' && glob[i + 2] != ']') {
            high = glob[i + 2];
            i += 2;
        }
        if (c >= low && c <= high) found = true;
    }
    if (i >= glob.size()) return std::nullopt;
    matched = found != negate;
    return i + 1;
}

// Matching with memory of every (glob position, path position) tried: stars cannot make it
// exponential, whatever pattern a judged host's policy holds.
class GlobMatcher {
   public:
    GlobMatcher(std::string_view glob, std::string_view path)
        : glob_(glob), path_(path), tried_((glob.size() + 1) * (path.size() + 1), 0) {}

    bool match(size_t g, size_t p) {
        signed char& memo = tried_[g * (path_.size() + 1) + p];
        if (memo == 0) memo = match_from(g, p) ? 1 : -1;
        return memo == 1;
    }

   private:
    bool match_from(size_t g, size_t p) {
        while (g < glob_.size()) {
            const char c = glob_[g];
            if (c == '*') {
                const bool any_depth = g + 1 < glob_.size() && glob_[g + 1] == '*';
                size_t next = g + (any_depth ? 2 : 1);
                while (next < glob_.size() && glob_[next] == '*') ++next;
                for (size_t end = p;; ++end) {
                    if (match(next, end)) return true;
                    if (end >= path_.size() || (!any_depth && path_[end] == '/')) return false;
                }
            }
            if (p >= path_.size()) return false;
            if (c == '?') {
                if (path_[p] == '/') return false;
                ++g, ++p;
            } else if (c == '[') {
                bool matched = false;
                const auto after = match_set(glob_, g, path_[p], matched);
                if (!after) return glob_.substr(g) == path_.substr(p);  // a lone '[' is literal
                if (!matched || path_[p] == '/') return false;
                g = *after, ++p;
            } else {
                char literal = c;
                if (c == '\\' && g + 1 < glob_.size()) literal = glob_[++g];
                if (path_[p] != literal) return false;
                ++g, ++p;
            }
        }
        return p == path_.size();
    }

    std::string_view glob_;
    std::string_view path_;
    std::vector<signed char> tried_;
};

bool glob_match(std::string_view glob, std::string_view path) {
    return GlobMatcher(glob, path).match(0, 0);
}

}  // namespace

Parsed<std::vector<AppArmorProfileState>> parse_apparmor_profiles(std::string_view text) {
    std::vector<AppArmorProfileState> profiles;
    int number = 0;
    size_t from = 0;
    while (from < text.size()) {
        size_t end = text.find('\n', from);
        if (end == std::string_view::npos) end = text.size();
        ++number;
        const std::string_view line = text.substr(from, end - from);
        from = end + 1;
        if (line.empty()) continue;
        AppArmorProfileState state;
        if (!split_name_mode(line, state.name, state.mode))
            return ParseError{number, "not a \"NAME (MODE)\" profile line"};
        profiles.push_back(std::move(state));
    }
    return profiles;
}

Parsed<AppArmorLabel> parse_apparmor_label(std::string_view text) {
    // The kernel ends the label with a newline; some readers leave a NUL.
    while (!text.empty() && (text.back() == '\n' || text.back() == '\0')) text.remove_suffix(1);
    if (text.empty()) return ParseError{1, "empty AppArmor label"};
    if (text.find_first_of("\n") != std::string_view::npos)
        return ParseError{1, "AppArmor label spans several lines"};
    if (text == "unconfined") return AppArmorLabel{"unconfined", ""};
    AppArmorLabel label;
    if (!split_name_mode(text, label.profile, label.mode))
        return ParseError{1, "not \"unconfined\" or \"PROFILE (MODE)\""};
    return label;
}

bool AppArmorFileRule::writes() const { return perms.find_first_of("wa") != std::string::npos; }

Parsed<AppArmorPolicyText> parse_apparmor_policy(std::string_view text) {
    return PolicyLexer(text).run();
}

std::map<std::string, std::vector<std::string>> default_apparmor_variables() {
    return {
        {"HOME", {"@{HOMEDIRS}/*/", "/root/"}},
        {"HOMEDIRS", {"/home/"}},
        {"PROC", {"/proc/"}},
        {"sys", {"/sys/"}},
        {"run", {"/run/", "/var/run/"}},
        {"multiarch", {"*-linux-gnu*"}},
        {"pid", {"{[1-9],[1-9][0-9]*}"}},
        {"pids", {"{[1-9],[1-9][0-9]*}"}},
        {"tid", {"{[1-9],[1-9][0-9]*}"}},
        {"etc_ro", {"/etc/", "/usr/etc/"}},
        {"etc_rw", {"/etc/"}},
    };
}

Parsed<std::vector<std::string>> expand_apparmor_pattern(
    std::string_view pattern, const std::map<std::string, std::vector<std::string>>& variables,
    std::size_t limit) {
    Expander expander{variables, limit, {}, std::nullopt, 0};
    expander.expand("", pattern);
    if (expander.error) return *expander.error;
    return std::move(expander.out);
}

bool apparmor_glob_matches(std::string_view glob, std::string_view path) {
    return glob_match(glob, path);
}

}  // namespace oscapvirt::model
