#include "model/nftables.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <set>

namespace oscapvirt::model {
namespace {

// ---- scanner ----------------------------------------------------------------------------------

enum class Tok { Word, String, Open, Close, End, Comma };

struct Token {
    Tok kind;
    std::string text;  // words as written; strings with their quotes
    int line;
};

bool is_word_char(char c) {
    return c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '{' && c != '}' && c != ';' &&
           c != ',' && c != '#' && c != '"';
}

Parsed<std::vector<Token>> scan(std::string_view text) {
    std::vector<Token> tokens;
    int line = 1;
    size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '\n') {
            tokens.push_back({Tok::End, "\n", line++});
            ++i;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            ++i;
        } else if (c == '\\' && i + 1 < text.size() && text[i + 1] == '\n') {
            i += 2;  // line continuation
            ++line;
        } else if (c == '#') {
            while (i < text.size() && text[i] != '\n') ++i;
        } else if (c == '"') {
            const size_t close = text.find('"', i + 1);
            if (close == std::string_view::npos) return ParseError{line, "unterminated string"};
            const std::string_view body = text.substr(i, close - i + 1);
            if (body.find('\n') != std::string_view::npos)
                return ParseError{line, "newline in string"};
            tokens.push_back({Tok::String, std::string(body), line});
            i = close + 1;
        } else if (c == '{' || c == '}' || c == ';' || c == ',') {
            const Tok kind = c == '{'   ? Tok::Open
                             : c == '}' ? Tok::Close
                             : c == ';' ? Tok::End
                                        : Tok::Comma;
            tokens.push_back({kind, std::string(1, c), line});
            ++i;
        } else {
            const size_t start = i;
            while (i < text.size() && is_word_char(text[i])) ++i;
            const std::string_view word = text.substr(start, i - start);
            for (const char w : word)
                if (static_cast<unsigned char>(w) < 0x20 || static_cast<unsigned char>(w) >= 0x7f)
                    return ParseError{line, "unexpected character"};
            tokens.push_back({Tok::Word, std::string(word), line});
        }
    }
    tokens.push_back({Tok::End, "", line});  // end of file: no newline
    return tokens;
}

std::string unquote(const std::string& token) {
    if (token.size() >= 2 && token.front() == '"' && token.back() == '"')
        return token.substr(1, token.size() - 2);
    return token;
}

// Scans a file and splices its includes in place (nft's scanner reads an included file where
// the include statement stands).
Parsed<std::vector<Token>> scan_with_includes(std::string_view text,
                                              const NftIncludeLoader& include, int depth) {
    auto scanned = scan(text);
    if (auto* error = std::get_if<ParseError>(&scanned)) return *error;
    const auto& tokens = std::get<std::vector<Token>>(scanned);
    std::vector<Token> out;
    bool statement_start = true;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (statement_start && t.kind == Tok::Word && t.text == "include") {
            if (i + 1 >= tokens.size() || tokens[i + 1].kind != Tok::String)
                return ParseError{t.line, "include needs a quoted file name"};
            if (depth >= 16) return ParseError{t.line, "include nested too deeply"};
            // nft wants a newline or ';' after the file name, even at the end of the file.
            if (i + 2 >= tokens.size() || tokens[i + 2].kind != Tok::End ||
                tokens[i + 2].text.empty())
                return ParseError{t.line, "include must be followed by a newline or semicolon"};
            for (const NftIncludedFile& file : include(unquote(tokens[i + 1].text))) {
                if (!file.error.empty())
                    return ParseError{t.line, "include " + file.name + ": " + file.error};
                auto inner = scan_with_includes(file.content, include, depth + 1);
                if (auto* error = std::get_if<ParseError>(&inner))
                    return ParseError{t.line, "in " + file.name + ": " + error->describe()};
                auto& more = std::get<std::vector<Token>>(inner);
                out.insert(out.end(), more.begin(), more.end());
            }
            ++i;
            continue;
        }
        statement_start = t.kind == Tok::End || t.kind == Tok::Open || t.kind == Tok::Close;
        out.push_back(t);
    }
    return out;
}

// ---- parser -----------------------------------------------------------------------------------

const std::set<std::string_view> kFamilies = {"ip", "ip6", "inet", "arp", "bridge", "netdev"};

struct Failure {
    ParseError error;
};

class Parser {
   public:
    explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

    NftRuleset run() {
        while (!at_eof()) top_statement();
        return std::move(ruleset_);
    }

   private:
    // -- cursor
    bool at_eof() const { return pos_ >= tokens_.size(); }
    const Token& peek(size_t ahead = 0) const {
        static const Token eof{Tok::End, "", 0};
        return pos_ + ahead < tokens_.size() ? tokens_[pos_ + ahead] : eof;
    }
    const Token& take() {
        const Token& t = peek();
        if (!at_eof()) ++pos_;
        return t;
    }
    [[noreturn]] void fail(const std::string& message) const {
        throw Failure{ParseError{peek().line ? peek().line : last_line(), message}};
    }
    int last_line() const { return tokens_.empty() ? 0 : tokens_.back().line; }
    bool is_word(const char* word, size_t ahead = 0) const {
        return peek(ahead).kind == Tok::Word && peek(ahead).text == word;
    }
    std::string name() {
        const Token& t = take();
        if (t.kind == Tok::Word || t.kind == Tok::String) return unquote(expand_word(t.text));
        fail("name expected");
    }
    // nft wants every statement of a table or chain block ended by a newline or ';' (even the
    // last one before '}'); inside a set block the last one may run into the '}'.
    void end_statement(bool close_ok = false) {
        if (at_eof()) return;
        if (peek().kind == Tok::End) {
            take();
            return;
        }
        if (close_ok && peek().kind == Tok::Close) return;
        fail("unexpected '" + peek().text + "', expecting newline or semicolon");
    }
    void skip_terminators() {
        while (!at_eof() && peek().kind == Tok::End) take();
    }
    // The tokens up to the end of the statement, braces balanced, variables expanded.
    std::vector<std::string> statement_tokens() {
        std::vector<std::string> out;
        int depth = 0;
        while (!at_eof()) {
            const Token& t = peek();
            if (depth == 0 && (t.kind == Tok::End || t.kind == Tok::Close)) break;
            take();
            if (t.kind == Tok::Open) ++depth;
            if (t.kind == Tok::Close) --depth;
            if (t.kind == Tok::Word && t.text.size() > 1 && t.text[0] == '$') {
                const auto value = variable(t.text.substr(1));
                out.insert(out.end(), value.begin(), value.end());
            } else if (t.kind != Tok::End) {
                out.push_back(t.text);
            }
        }
        if (depth != 0) fail("unbalanced braces");
        return out;
    }
    // Skips a { ... } block.
    void skip_block() {
        if (peek().kind != Tok::Open) fail("'{' expected");
        int depth = 0;
        do {
            const Token& t = take();
            if (t.kind == Tok::Open) ++depth;
            if (t.kind == Tok::Close) --depth;
            if (at_eof() && depth) fail("unbalanced braces");
        } while (depth);
    }

    // -- variables (define is file scoped here; nft scopes them by block, which only matters
    //    for redefinitions in nested blocks)
    std::vector<std::string> variable(const std::string& var) {
        const auto found = defines_.find(var);
        if (found == defines_.end()) fail("unknown variable $" + var);
        return found->second;
    }
    std::string expand_word(const std::string& word) {
        if (word.size() > 1 && word[0] == '$') {
            const auto value = variable(word.substr(1));
            if (value.size() != 1) fail("variable $" + word.substr(1) + " is not a single name");
            return value[0];
        }
        return word;
    }
    void define() {
        const std::string var = name();
        if (!(peek().kind == Tok::Word && peek().text == "=")) fail("'=' expected after define");
        take();
        auto value = statement_tokens();
        if (value.empty()) fail("empty define");
        // A define holds an expression; verdict keywords are not one (a quoted "drop" is).
        for (const std::string& token : value)
            if (token == "accept" || token == "drop" || token == "reject" || token == "return" ||
                token == "jump" || token == "goto" || token == "continue" || token == "queue")
                fail("syntax error, unexpected " + token + " in define");
        defines_[var] = std::move(value);
        end_statement();
    }

    // -- objects
    NftTable* find_table(const std::string& family, const std::string& table) {
        for (NftTable& t : ruleset_.tables)
            if (t.family == family && t.name == table) return &t;
        return nullptr;
    }
    NftTable& table_named(const std::string& family, const std::string& table) {
        if (NftTable* t = find_table(family, table)) return *t;
        ruleset_.tables.push_back({family, table, false, {}, {}});
        return ruleset_.tables.back();
    }
    NftTable& existing_table(const std::string& family, const std::string& table) {
        NftTable* t = find_table(family, table);
        if (!t) fail("table " + family + " " + table + " does not exist");
        return *t;
    }
    static NftChain& chain_named(NftTable& table, const std::string& chain) {
        for (NftChain& c : table.chains)
            if (c.name == chain) return c;
        table.chains.push_back({});
        table.chains.back().name = chain;
        return table.chains.back();
    }
    NftChain& existing_chain(NftTable& table, const std::string& chain) {
        for (NftChain& c : table.chains)
            if (c.name == chain) return c;
        fail("chain " + chain + " does not exist");
    }
    std::string family() {
        if (peek().kind == Tok::Word && kFamilies.count(peek().text) &&
            (peek(1).kind == Tok::Word || peek(1).kind == Tok::String))
            return take().text;
        return "ip";
    }

    // -- statements
    void top_statement() {
        skip_terminators();
        if (at_eof()) return;
        const Token& first = peek();
        if (first.kind != Tok::Word) fail("unexpected '" + first.text + "'");
        const std::string verb = take().text;
        if (verb == "define" || verb == "redefine") return define();
        if (verb == "undefine") {
            defines_.erase(name());
            return end_statement();
        }
        if (verb == "table") return table_statement(false);
        if (verb == "flush") return flush_statement();
        if (verb == "delete") return delete_statement();
        if (verb == "add" || verb == "create") {
            const std::string what = take().text;
            if (what == "table") return table_statement(verb == "create");
            if (what == "chain") return add_chain();
            if (what == "rule") return add_rule(false);
            if (what == "element") return add_element();
            fail(verb + " " + what + " is not judged");
        }
        if (verb == "insert" && is_word("rule")) {
            take();
            return add_rule(true);
        }
        fail("command '" + verb + "' is not judged");
    }

    void table_statement(bool create) {
        const std::string fam = family();
        const std::string table_name = name();
        if (create && find_table(fam, table_name)) fail("table " + table_name + " exists");
        NftTable& table = table_named(fam, table_name);
        const size_t index = static_cast<size_t>(&table - ruleset_.tables.data());
        if (peek().kind == Tok::Open) {
            take();
            table_body(index);
            if (take().kind != Tok::Close) fail("'}' expected");
        }
        end_statement();
    }

    void table_body(size_t index) {
        for (;;) {
            skip_terminators();
            if (at_eof()) fail("'}' expected");
            if (peek().kind == Tok::Close) return;
            const std::string word = take().text;
            NftTable& table = ruleset_.tables[index];
            if (word == "chain") {
                NftChain& chain = chain_named(table, name());
                const std::string chain_name = chain.name;
                if (peek().kind == Tok::Open) {
                    take();
                    chain_body(index, chain_name);
                    if (take().kind != Tok::Close) fail("'}' expected");
                }
                end_statement();
            } else if (word == "set" || word == "map") {
                const std::string set = name();
                set_body(index, set, word == "map");
            } else if (word == "flags") {
                for (const std::string& flag : statement_tokens())
                    if (flag == "dormant") ruleset_.tables[index].dormant = true;
                end_statement();
            } else if (word == "comment") {
                statement_tokens();
                end_statement();
            } else if (word == "define" || word == "redefine") {
                define();
            } else if (word == "flowtable" || word == "counter" || word == "quota" ||
                       word == "limit" || word == "secmark" || word == "synproxy" || word == "ct") {
                if (word == "ct") take();  // helper, timeout or expectation
                name();
                skip_block();
                end_statement();
            } else {
                fail("'" + word + "' in a table is not judged");
            }
        }
    }

    void set_body(size_t index, const std::string& set, bool is_map) {
        if (take().kind != Tok::Open) fail("'{' expected after set name");
        std::vector<std::string> elements;
        bool interval = false;
        for (;;) {
            skip_terminators();
            if (at_eof()) fail("'}' expected");
            if (peek().kind == Tok::Close) break;
            const std::string word = take().text;
            if (word == "elements") {
                if (!is_word("=")) fail("'=' expected");
                take();
                auto tokens = statement_tokens();
                elements.insert(elements.end(), tokens.begin(), tokens.end());
            } else {
                // type, flags, timeout, size, policy, comment...
                const auto tokens = statement_tokens();
                if (word == "flags" &&
                    std::find(tokens.begin(), tokens.end(), "interval") != tokens.end())
                    interval = true;
            }
            end_statement(true);
        }
        take();
        end_statement();
        for (const std::string& element : elements)
            if (!interval && element.find('-') != std::string::npos &&
                element.find('"') == std::string::npos)
                fail("set " + set + ": range elements need 'flags interval'");
        // A map is not a set of ports; a reference to it is judged as not understood.
        if (!is_map) ruleset_.tables[index].sets[set] = std::move(elements);
    }

    void chain_body(size_t index, const std::string& chain_name) {
        for (;;) {
            skip_terminators();
            if (at_eof()) fail("'}' expected");
            if (peek().kind == Tok::Close) return;
            NftChain& chain = chain_named(ruleset_.tables[index], chain_name);
            if (is_word("type")) {
                take();
                base_chain_spec(chain);
            } else if (is_word("policy")) {
                take();
                const std::string policy = unquote(expand_word(take().text));
                if (policy != "accept" && policy != "drop") fail("invalid policy " + policy);
                chain.policy = policy;
                end_statement();
            } else if (is_word("comment") || is_word("devices") || is_word("device")) {
                statement_tokens();
                end_statement();
            } else {
                auto rule = statement_tokens();
                if (!rule.empty()) chain.rules.push_back(std::move(rule));
                end_statement();
            }
        }
    }

    // type filter hook input [device D] priority P ;
    void base_chain_spec(NftChain& chain) {
        auto spec = statement_tokens();
        end_statement();
        if (spec.size() < 5 || spec[1] != "hook")
            fail("base chain needs 'type T hook H priority P'");
        const auto priority = std::find(spec.begin(), spec.end(), "priority");
        if (priority == spec.end() || priority + 1 == spec.end())
            fail("base chain without priority");
        if (chain.base && (chain.type != spec[0] || chain.hook != spec[2]))
            fail("chain " + chain.name + " redefined with another hook");
        chain.base = true;
        chain.type = spec[0];
        chain.hook = spec[2];
        chain.priority.clear();
        for (auto it = priority + 1; it != spec.end(); ++it)
            chain.priority += (chain.priority.empty() ? "" : " ") + *it;
    }

    void flush_statement() {
        const std::string what = take().text;
        if (what == "ruleset") {
            std::string fam;
            if (peek().kind == Tok::Word && kFamilies.count(peek().text)) fam = take().text;
            auto& tables = ruleset_.tables;
            tables.erase(
                std::remove_if(tables.begin(), tables.end(),
                               [&](const NftTable& t) { return fam.empty() || t.family == fam; }),
                tables.end());
        } else if (what == "table") {
            const std::string fam = family();
            for (NftChain& chain : existing_table(fam, name()).chains) chain.rules.clear();
        } else if (what == "chain") {
            const std::string fam = family();
            const std::string table = name();
            existing_chain(existing_table(fam, table), name()).rules.clear();
        } else {
            fail("flush " + what + " is not judged");
        }
        end_statement();
    }

    void delete_statement() {
        if (!is_word("table")) fail("delete " + peek().text + " is not judged");
        take();
        const std::string fam = family();
        const std::string table = name();
        existing_table(fam, table);  // deleting what does not exist fails the whole file
        auto& tables = ruleset_.tables;
        tables.erase(
            std::remove_if(tables.begin(), tables.end(),
                           [&](const NftTable& t) { return t.family == fam && t.name == table; }),
            tables.end());
        end_statement();
    }

    void add_chain() {
        const std::string fam = family();
        const std::string table = name();
        NftTable& t = existing_table(fam, table);
        const size_t index = static_cast<size_t>(&t - ruleset_.tables.data());
        const std::string chain = name();
        chain_named(t, chain);
        if (peek().kind == Tok::Open) {
            take();
            chain_body(index, chain);
            if (take().kind != Tok::Close) fail("'}' expected");
        }
        end_statement();
    }

    void add_rule(bool insert) {
        const std::string fam = family();
        const std::string table = name();
        NftChain& chain = existing_chain(existing_table(fam, table), name());
        if (is_word("position") || is_word("handle") || is_word("index"))
            fail("rule positions are not judged");
        auto rule = statement_tokens();
        if (rule.empty()) fail("empty rule");
        if (insert)
            chain.rules.insert(chain.rules.begin(), std::move(rule));
        else
            chain.rules.push_back(std::move(rule));
        end_statement();
    }

    void add_element() {
        const std::string fam = family();
        const std::string table = name();
        NftTable& t = existing_table(fam, table);
        const std::string set = name();
        const auto found = t.sets.find(set);
        if (found == t.sets.end()) fail("set " + set + " does not exist");
        auto tokens = statement_tokens();
        found->second.insert(found->second.end(), tokens.begin(), tokens.end());
        end_statement();
    }

    std::vector<Token> tokens_;
    size_t pos_ = 0;
    NftRuleset ruleset_;
    std::map<std::string, std::vector<std::string>> defines_;
};

// ---- rule meaning -------------------------------------------------------------------------------

// A value: one token, a { ... } set, or @named set; returns its element tokens.
std::vector<std::string> read_value(const std::vector<std::string>& t, size_t& i,
                                    const NftTable& table, bool& known) {
    std::vector<std::string> values;
    if (i >= t.size()) return values;
    if (t[i] == "{") {
        int depth = 0;
        for (; i < t.size(); ++i) {
            if (t[i] == "{")
                ++depth;
            else if (t[i] == "}") {
                if (--depth == 0) break;
            } else if (t[i] != ",")
                values.push_back(t[i]);
        }
        ++i;
        return values;
    }
    if (t[i].size() > 1 && t[i][0] == '@') {
        const auto set = table.sets.find(t[i].substr(1));
        ++i;
        if (set == table.sets.end()) {
            known = false;
            return values;
        }
        for (const std::string& e : set->second)
            if (e != "{" && e != "}" && e != ",") values.push_back(e);
        return values;
    }
    // established,related is one word to the scanner once commas split it: rejoin.
    values.push_back(t[i++]);
    while (i + 1 < t.size() && t[i] == ",") {
        values.push_back(t[i + 1]);
        i += 2;
    }
    return values;
}

std::optional<std::pair<int, int>> port_range(const std::string& value) {
    auto number = [](std::string_view s) -> std::optional<int> {
        int v = 0;
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec != std::errc() || end != s.data() + s.size() || v < 0 || v > 65535)
            return std::nullopt;
        return v;
    };
    const size_t dash = value.find('-');
    if (dash == std::string::npos) {
        if (auto v = number(value)) return std::pair{*v, *v};
        if (value == "ssh") return std::pair{22, 22};
        return std::nullopt;
    }
    auto low = number(std::string_view(value).substr(0, dash));
    auto high = number(std::string_view(value).substr(dash + 1));
    if (!low || !high || *high < *low) return std::nullopt;
    return std::pair{*low, *high};
}

bool is_icmp(const std::string& value) {
    return value == "icmp" || value == "ipv6-icmp" || value == "icmpv6" || value == "1" ||
           value == "58";
}

// Statements that do not restrict which packets the rule applies to.
size_t skip_statement(const std::vector<std::string>& t, size_t i) {
    const std::string& w = t[i];
    if (w == "counter") {
        ++i;
        while (i + 1 < t.size() && (t[i] == "packets" || t[i] == "bytes")) i += 2;
        return i;
    }
    if (w == "log") {
        ++i;
        while (i + 1 < t.size() &&
               (t[i] == "prefix" || t[i] == "level" || t[i] == "group" || t[i] == "snaplen" ||
                t[i] == "queue-threshold" || t[i] == "flags"))
            i += 2;
        return i;
    }
    if (w == "comment" && i + 1 < t.size()) return i + 2;
    return i;
}

}  // namespace

const NftChain* NftTable::chain(std::string_view wanted) const {
    for (const NftChain& c : chains)
        if (c.name == wanted) return &c;
    return nullptr;
}

Parsed<NftRuleset> parse_nftables(std::string_view text, const NftIncludeLoader& include) {
    auto tokens = scan_with_includes(text, include, 0);
    if (auto* error = std::get_if<ParseError>(&tokens)) return *error;
    try {
        return Parser(std::move(std::get<std::vector<Token>>(tokens))).run();
    } catch (const Failure& failure) {
        return failure.error;
    }
}

FilterRule classify_nft_rule(const std::vector<std::string>& t, const NftTable& table) {
    FilterRule rule;
    for (const std::string& token : t) rule.text += (rule.text.empty() ? "" : " ") + token;
    bool any_match = false;
    auto unknown = [&](const std::string& what) {
        if (rule.not_understood.empty()) rule.not_understood = what;
        any_match = true;
    };
    size_t i = 0;
    while (i < t.size()) {
        const size_t skipped = skip_statement(t, i);
        if (skipped != i) {
            i = skipped;
            continue;
        }
        const std::string& w = t[i];
        // verdicts
        if (w == "accept" || w == "drop" || w == "return" || w == "continue") {
            rule.verdict = w == "accept"   ? FilterRule::Verdict::Accept
                           : w == "drop"   ? FilterRule::Verdict::Deny
                           : w == "return" ? FilterRule::Verdict::Return
                                           : FilterRule::Verdict::None;
            ++i;
            continue;
        }
        if (w == "reject") {
            rule.verdict = FilterRule::Verdict::Deny;
            ++i;
            // reject with icmp[x|v6] [type] CODE | with tcp reset: nothing after it matches.
            // The abstracted icmpx codes only exist in inet (and bridge, netdev) tables.
            if (i < t.size() && t[i] == "with") {
                if (i + 1 < t.size() && t[i + 1] == "icmpx" && table.family != "inet" &&
                    table.family != "bridge" && table.family != "netdev")
                    unknown("reject with icmpx outside an inet table");
                i = t.size();
            }
            continue;
        }
        if ((w == "jump" || w == "goto") && i + 1 < t.size()) {
            rule.verdict = w == "jump" ? FilterRule::Verdict::Jump : FilterRule::Verdict::Goto;
            rule.target = unquote(t[i + 1]);
            i += 2;
            continue;
        }
        if (w == "queue") {
            rule.verdict = FilterRule::Verdict::Unknown;
            rule.not_understood = "queue";
            i = t.size();
            continue;
        }
        // matches: selector words, an optional operator, a value
        bool negated = false;
        auto value_after = [&](size_t at, bool& known) {
            size_t j = at;
            if (j < t.size() && (t[j] == "==" || t[j] == "eq"))
                ++j;
            else if (j < t.size() && (t[j] == "!=" || t[j] == "ne")) {
                negated = true;
                ++j;
            }
            auto values = read_value(t, j, table, known);
            i = j;
            return values;
        };
        bool known = true;
        if (w == "ct" && i + 1 < t.size() && t[i + 1] == "state") {
            any_match = true;
            if (i + 2 < t.size() && t[i + 2] == "vmap") {
                // ct state vmap { established : accept, related : accept, invalid : drop }
                size_t j = i + 3;
                std::vector<std::string> pairs;
                for (const std::string& element : read_value(t, j, table, known)) {
                    // "new:accept" written without blanks is one word to this scanner
                    size_t start = 0;
                    for (size_t colon; (colon = element.find(':', start)) != std::string::npos;
                         start = colon + 1) {
                        if (colon > start) pairs.push_back(element.substr(start, colon - start));
                        pairs.push_back(":");
                    }
                    if (start < element.size()) pairs.push_back(element.substr(start));
                }
                i = j;
                bool accepts_new = false;
                // pairs: key ":" verdict ...; an accept for a state other than the two
                for (size_t k = 1; k + 1 < pairs.size(); ++k)
                    if (pairs[k] == ":" && pairs[k + 1] == "accept" &&
                        pairs[k - 1] != "established" && pairs[k - 1] != "related")
                        accepts_new = true;
                if (!known) unknown("ct state vmap over a set not read");
                rule.verdict = accepts_new || !known ? FilterRule::Verdict::Unknown
                                                     : FilterRule::Verdict::Accept;
                rule.established_only = !accepts_new && known;
                if (accepts_new) rule.not_understood = "ct state vmap accepting new packets";
                continue;
            }
            const auto values = value_after(i + 2, known);
            bool only = !negated && known && !values.empty();
            for (const std::string& v : values)
                if (v != "established" && v != "related") only = false;
            if (only)
                rule.established_only = true;
            else
                unknown("ct state " + (values.empty() ? std::string() : values[0]));
            continue;
        }
        if (w == "iif" || w == "iifname" ||
            (w == "meta" && i + 1 < t.size() && (t[i + 1] == "iif" || t[i + 1] == "iifname"))) {
            any_match = true;
            const auto values = value_after(i + (w == "meta" ? 2 : 1), known);
            if (!negated && values.size() == 1 && unquote(values[0]) == "lo")
                rule.loopback_only = true;
            continue;  // another interface: a condition that does not widen the rule
        }
        if ((w == "ip" && i + 1 < t.size() && t[i + 1] == "protocol") ||
            (w == "ip6" && i + 1 < t.size() && t[i + 1] == "nexthdr") ||
            (w == "meta" && i + 1 < t.size() && t[i + 1] == "l4proto")) {
            any_match = true;
            if (w != "meta") rule.family = w == "ip" ? "ipv4" : "ipv6";
            const auto values = value_after(i + 2, known);
            bool icmp = !negated && known && !values.empty();
            for (const std::string& v : values) icmp = icmp && is_icmp(v);
            if (icmp)
                rule.icmp_only = true;
            else if (!known)
                unknown("protocol set not read");
            continue;  // tcp/udp only: a condition; the port match (if any) comes next
        }
        if ((w == "icmp" || w == "icmpv6") && i + 1 < t.size() &&
            (t[i + 1] == "type" || t[i + 1] == "code")) {
            any_match = true;
            rule.icmp_only = true;
            value_after(i + 2, known);
            continue;
        }
        if ((w == "tcp" || w == "udp" || w == "sctp" || w == "dccp" || w == "th") &&
            i + 1 < t.size() && t[i + 1] == "dport") {
            any_match = true;
            const auto values = value_after(i + 2, known);
            if (negated || !known || values.empty()) {
                unknown(negated ? "negated port match" : "port set not read");
                continue;
            }
            std::vector<std::pair<int, int>> ports;
            for (const std::string& v : values) {
                if (auto range = port_range(v))
                    ports.push_back(*range);
                else
                    unknown("port " + v);
            }
            // Two port matches in one rule: the narrower one decides; keep the first seen.
            if (rule.dports.empty()) rule.dports = std::move(ports);
            continue;
        }
        if ((w == "ip" || w == "ip6") && i + 1 < t.size() &&
            (t[i + 1] == "saddr" || t[i + 1] == "daddr")) {
            any_match = true;
            rule.family = w == "ip" ? "ipv4" : "ipv6";
            value_after(i + 2, known);
            continue;  // an address: a condition that does not limit ports
        }
        if (w == "meta" && i + 1 < t.size() && t[i + 1] == "nfproto") {
            any_match = true;
            const auto values = value_after(i + 2, known);
            if (values.size() == 1 && !negated) rule.family = values[0];
            continue;
        }
        if (w == "limit") {
            // limit rate [over] N/unit [burst N unit]: matches packets at a rate; not a scope
            any_match = true;
            ++i;
            while (i < t.size() && t[i] != "accept" && t[i] != "drop" && t[i] != "reject" &&
                   t[i] != "counter" && t[i] != "log")
                ++i;
            continue;
        }
        unknown(w);
        // Skip to the next recognisable statement or verdict.
        ++i;
    }
    rule.unconditional = !any_match;
    // nft refuses an ip match in an ip6 table and the other way round
    if ((rule.family == "ipv4" && table.family == "ip6") ||
        (rule.family == "ipv6" && table.family == "ip"))
        if (rule.not_understood.empty())
            rule.not_understood = "match of another family than the table's";
    if (rule.verdict == FilterRule::Verdict::Unknown && rule.not_understood.empty())
        rule.not_understood = "verdict";
    return rule;
}

}  // namespace oscapvirt::model
