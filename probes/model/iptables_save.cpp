#include "model/iptables_save.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <set>
#include <utility>

namespace oscapvirt::model {
namespace {

// The built-in chains of each table (nft_table_builtin_find in iptables/nft.c).
const std::map<std::string_view, std::vector<std::string_view>>& builtin_chains() {
    static const std::map<std::string_view, std::vector<std::string_view>> chains = {
        {"filter", {"INPUT", "FORWARD", "OUTPUT"}},
        {"nat", {"PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"}},
        {"mangle", {"PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"}},
        {"raw", {"PREROUTING", "OUTPUT"}},
        {"security", {"INPUT", "FORWARD", "OUTPUT"}},
    };
    return chains;
}

bool is_builtin(std::string_view table, std::string_view chain) {
    const auto& chains = builtin_chains().at(table);
    return std::find(chains.begin(), chains.end(), chain) != chains.end();
}

// The built-in verdicts and the target extensions Debian's iptables ships
// (/usr/lib/x86_64-linux-gnu/xtables/lib{xt,ipt}_NAME.so); a -j naming anything else must name
// a chain declared before the rule.
bool is_target_extension(const std::string& target) {
    static const std::set<std::string> targets = {
        "ACCEPT",    "DROP",      "RETURN",      "QUEUE",   "AUDIT",       "CHECKSUM",   "CLASSIFY",
        "CLUSTERIP", "CONNMARK",  "CONNSECMARK", "CT",      "DNAT",        "DSCP",       "ECN",
        "HMARK",     "IDLETIMER", "LED",         "LOG",     "MARK",        "MASQUERADE", "NETMAP",
        "NFLOG",     "NFQUEUE",   "NOTRACK",     "RATEEST", "REDIRECT",    "REJECT",     "SECMARK",
        "SET",       "SNAT",      "SYNPROXY",    "TCPMSS",  "TCPOPTSTRIP", "TEE",        "TOS",
        "TPROXY",    "TRACE",     "TTL",         "ULOG"};
    return targets.count(target) > 0;
}

// strtok(s, " \t\n") one token at a time.
std::string_view next_token(std::string_view& rest) {
    const char* blanks = " \t\n";
    const size_t start = rest.find_first_not_of(blanks);
    if (start == std::string_view::npos) {
        rest = {};
        return {};
    }
    rest.remove_prefix(start);
    const size_t end = rest.find_first_of(blanks);
    const std::string_view token = rest.substr(0, end);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end);
    return token;
}

// add_param_to_argv() of iptables/xshared.c.
std::vector<std::string> split_args(std::string_view text) {
    std::vector<std::string> args;
    std::string param;
    bool quote_open = false, escaped = false, quoted = false;
    for (const char c : text) {
        if (quote_open) {
            if (escaped) {
                param += c;
                escaped = false;
                continue;
            }
            if (c == '\\') {
                escaped = true;
                continue;
            }
            if (c != '"') {
                param += c;
                continue;
            }
            quote_open = false;
        } else if (c == '"') {
            quote_open = quoted = true;
            continue;
        }
        if (c != '"' && c != ' ' && c != '\t' && c != '\n') {
            param += c;
            continue;
        }
        if (c != '"' && param.empty()) continue;
        if (!param.empty() || quoted) args.push_back(param);
        param.clear();
        quoted = false;
    }
    if (!param.empty()) args.push_back(param);
    return args;
}

// Rule counters "[packets:bytes]" before the command (tokenize_rule_counters).
bool strip_counters(std::string_view& line) {
    if (line.empty() || line[0] != '[') return true;
    const size_t close = line.find(']');
    if (close == std::string_view::npos ||
        line.substr(0, close).find(':') == std::string_view::npos)
        return false;
    line.remove_prefix(close + 1);
    return true;
}

IptChain* find_chain(IptTable& table, std::string_view name) {
    for (IptChain& chain : table.chains)
        if (chain.name == name) return &chain;
    return nullptr;
}

// One rule line: -A/--append CHAIN ... or -I/--insert CHAIN [N] ...
std::string add_rule(IptTable& table, std::vector<std::string> args, int line) {
    if (args.empty()) return "no command";
    const std::string command = args[0];
    const bool append = command == "-A" || command == "--append";
    const bool insert = command == "-I" || command == "--insert";
    if (!append && !insert) return "command " + command + " is not judged";
    if (args.size() < 2) return "no chain";
    IptChain* chain = find_chain(table, args[1]);
    if (!chain) return "chain " + args[1] + " does not exist";
    args.erase(args.begin(), args.begin() + 2);
    size_t position = insert ? 0 : chain->rules.size();
    if (insert && !args.empty() && !args[0].empty() &&
        std::all_of(args[0].begin(), args[0].end(), ::isdigit)) {
        const size_t number = args[0].size() > 6 ? 0 : std::stoul(args[0]);
        if (number < 1 || number > chain->rules.size() + 1) return "index of insertion too big";
        position = number - 1;
        args.erase(args.begin());
    }
    IptRule rule;
    rule.line = line;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool jump = a == "-j" || a == "--jump";
        const bool go = a == "-g" || a == "--goto";
        if (!jump && !go) continue;
        if (i + 1 >= args.size()) return "option " + a + " requires an argument";
        if (!rule.target.empty()) return "multiple -j or -g flags";
        rule.target = args[i + 1];
        rule.is_goto = go;
    }
    if (rule.is_goto && !find_chain(table, rule.target))
        return "goto target " + rule.target + " is not a chain";
    if (table.name == "nat" && (rule.target == "DROP" || rule.target == "REJECT"))
        return "the nat table is not intended for filtering: " + rule.target + " refused";
    if (!rule.target.empty() && !find_chain(table, rule.target) &&
        !is_target_extension(rule.target))
        return "chain '" + rule.target + "' does not exist";
    rule.args = std::move(args);
    chain->rules.insert(chain->rules.begin() + static_cast<long>(position), std::move(rule));
    return {};
}

}  // namespace

const IptChain* IptTable::chain(std::string_view wanted) const {
    for (const IptChain& c : chains)
        if (c.name == wanted) return &c;
    return nullptr;
}

const IptTable* IptRuleset::table(std::string_view wanted) const {
    for (const IptTable& t : tables)
        if (t.name == wanted) return &t;
    return nullptr;
}

// xtables_restore_parse_line() of iptables/xtables-restore.c (the nft backend Debian and
// RHEL 8+ use): a line is a comment only when '#' is its first byte; an empty line only when
// it is empty; anything else inside a table is a rule.
Parsed<IptRuleset> parse_iptables_save(std::string_view text) {
    IptRuleset ruleset;
    std::optional<IptTable> table;
    int line_number = 0;
    while (!text.empty()) {
        ++line_number;
        const size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (line.empty() || line[0] == '#') continue;
        if (line.find('\0') != std::string_view::npos)
            return ParseError{line_number, "NUL byte in line"};
        if (table && line.substr(0, 6) == "COMMIT" && line.size() == 6) {
            ruleset.tables.erase(
                std::remove_if(ruleset.tables.begin(), ruleset.tables.end(),
                               [&](const IptTable& t) { return t.name == table->name; }),
                ruleset.tables.end());
            ruleset.tables.push_back(std::move(*table));
            table.reset();
            continue;
        }
        if (line[0] == '*' && !table) {
            std::string_view rest = line.substr(1);
            const std::string name(next_token(rest));
            if (name.empty() || !builtin_chains().count(name))
                return ParseError{line_number, "table name '" + name + "' invalid"};
            // Restoring a table flushes it: its chains start over.
            table = IptTable{name, {}};
            for (std::string_view chain : builtin_chains().at(name))
                table->chains.push_back({std::string(chain), "ACCEPT", {}});
            continue;
        }
        if (!table) return ParseError{line_number, "line outside of a table (missing *table)"};
        if (line[0] == ':') {
            std::string_view rest = line.substr(1);
            const std::string name(next_token(rest));
            const std::string policy(next_token(rest));
            if (name.empty()) return ParseError{line_number, "chain name invalid"};
            if (policy.empty()) return ParseError{line_number, "policy invalid"};
            if (name.size() >= 29 || name[0] == '-' || name[0] == '!')
                return ParseError{line_number, "invalid chain name " + name};
            if (is_builtin(table->name, name)) {
                if (policy != "ACCEPT" && policy != "DROP")
                    return ParseError{line_number, "bad policy " + policy + " of " + name};
                find_chain(*table, name)->policy = policy;
            } else if (!find_chain(*table, name)) {
                table->chains.push_back({name, "-", {}});
            }
            continue;
        }
        if (!strip_counters(line)) return ParseError{line_number, "bad rule counters"};
        if (std::string why = add_rule(*table, split_args(line), line_number); !why.empty())
            return ParseError{line_number, why};
    }
    if (table) return ParseError{line_number, "COMMIT expected"};
    return ruleset;
}

}  // namespace oscapvirt::model

namespace oscapvirt::model {
namespace {

std::optional<std::pair<int, int>> ipt_port_range(const std::string& value) {
    // --dport 22, --dport 5900:6166, --dport :1024 (0 to), --dport 1024: (to 65535)
    auto number = [](std::string_view s, int fallback) -> std::optional<int> {
        if (s.empty()) return fallback;
        int v = 0;
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec != std::errc() || end != s.data() + s.size() || v < 0 || v > 65535)
            return std::nullopt;
        return v;
    };
    const size_t colon = value.find(':');
    if (colon == std::string::npos) {
        auto v = number(value, -1);
        if (!v || *v < 0) return std::nullopt;
        return std::pair{*v, *v};
    }
    auto low = number(std::string_view(value).substr(0, colon), 0);
    auto high = number(std::string_view(value).substr(colon + 1), 65535);
    if (!low || !high) return std::nullopt;
    return std::pair{std::min(*low, *high), std::max(*low, *high)};
}

// Options of the non-matching targets this reader knows; they take one value.
bool is_target_option(const std::string& option) {
    for (const char* prefix : {"--reject-with", "--log-", "--nflog-", "--set-mark", "--set-xmark"})
        if (option.rfind(prefix, 0) == 0)
            return option != "--log-uid" && option != "--log-ip-options" &&
                   option != "--log-tcp-options" && option != "--log-tcp-sequence" &&
                   option != "--log-macdecode";
    return false;
}

bool is_any_address(const std::string& value) {
    return value == "0.0.0.0/0" || value == "::/0" || value == "0/0";
}

std::vector<std::string> split_commas(const std::string& value) {
    std::vector<std::string> parts;
    size_t start = 0;
    for (;;) {
        const size_t comma = value.find(',', start);
        parts.push_back(value.substr(start, comma - start));
        if (comma == std::string::npos) return parts;
        start = comma + 1;
    }
}

}  // namespace

// The options iptables-save writes for the matches a host firewall uses (iptables/xshared.c,
// extensions/libxt_{tcp,udp,multiport,state,conntrack,comment}.c); any other option makes the
// rule's scope not understood.
FilterRule classify_iptables_rule(const IptRule& rule, const IptTable& table) {
    FilterRule meaning;
    for (const std::string& arg : rule.args)
        meaning.text += (meaning.text.empty() ? "" : " ") + arg;
    const std::string& target = rule.target;
    if (target.empty())
        meaning.verdict = FilterRule::Verdict::None;
    else if (target == "ACCEPT")
        meaning.verdict = FilterRule::Verdict::Accept;
    else if (target == "DROP" || target == "REJECT")
        meaning.verdict = FilterRule::Verdict::Deny;
    else if (target == "RETURN")
        meaning.verdict = FilterRule::Verdict::Return;
    else if (table.chain(target)) {
        meaning.verdict = rule.is_goto ? FilterRule::Verdict::Goto : FilterRule::Verdict::Jump;
        meaning.target = target;
    } else if (target == "LOG" || target == "NFLOG" || target == "MARK" || target == "CONNMARK" ||
               target == "AUDIT" || target == "TRACE" || target == "CT" || target == "NOTRACK" ||
               target == "TCPMSS" || target == "DSCP" || target == "TOS" || target == "SET" ||
               target == "CLASSIFY") {
        meaning.verdict = FilterRule::Verdict::None;
    } else {
        meaning.verdict = FilterRule::Verdict::Unknown;
        meaning.not_understood = "target " + target;
    }
    bool any_match = false;
    auto unknown = [&](const std::string& what) {
        if (meaning.not_understood.empty()) meaning.not_understood = what;
        any_match = true;
    };
    const auto& a = rule.args;
    bool negate = false;
    std::string protocol;
    for (size_t i = 0; i < a.size(); ++i) {
        const std::string& o = a[i];
        const std::string value = i + 1 < a.size() ? a[i + 1] : std::string();
        if (o == "!") {
            negate = true;
            continue;
        }
        const bool negated = std::exchange(negate, false);
        if (o == "-j" || o == "--jump" || o == "-g" || o == "--goto") {
            ++i;
            // target options (--reject-with, --log-prefix ...) follow; they match nothing
            while (i + 2 < a.size() && is_target_option(a[i + 1])) i += 2;
            continue;
        }
        if (o == "-m" || o == "--match") {
            ++i;  // the options of the match follow
            continue;
        }
        if (o == "--comment" || o == "-c" || o == "--set-counters") {
            i += o == "--comment" ? 1 : 2;
            continue;
        }
        if (o == "-p" || o == "--protocol") {
            ++i;
            if (!negated && (value == "all" || value == "0")) continue;
            any_match = true;
            protocol = negated ? "!" : value;
            if (!negated && (value == "icmp" || value == "ipv6-icmp" || value == "icmpv6" ||
                             value == "1" || value == "58"))
                meaning.icmp_only = true;
            continue;
        }
        if (o == "-s" || o == "--source" || o == "-d" || o == "--destination") {
            ++i;
            if (!negated && is_any_address(value)) continue;
            any_match = true;  // an address condition: it does not limit ports
            continue;
        }
        if (o == "-i" || o == "--in-interface") {
            ++i;
            if (!negated && value == "+") continue;
            any_match = true;
            if (!negated && value == "lo") meaning.loopback_only = true;
            continue;
        }
        if (o == "-o" || o == "--out-interface") {
            ++i;
            any_match = true;
            continue;
        }
        if (o == "--state" || o == "--ctstate") {
            ++i;
            any_match = true;
            bool only = !negated;
            for (const std::string& s : split_commas(value))
                if (s != "ESTABLISHED" && s != "RELATED") only = false;
            if (only)
                meaning.established_only = true;
            else if (meaning.verdict == FilterRule::Verdict::Accept && negated)
                unknown("negated state match");
            continue;
        }
        if (o == "--dport" || o == "--destination-port" || o == "--dports" ||
            o == "--destination-ports" || o == "--ports") {
            ++i;
            any_match = true;
            if (negated) {
                unknown("negated port match");
                continue;
            }
            std::vector<std::pair<int, int>> ports;
            for (const std::string& p : split_commas(value)) {
                if (auto range = ipt_port_range(p))
                    ports.push_back(*range);
                else
                    unknown("port " + p);
            }
            if (meaning.dports.empty()) meaning.dports = std::move(ports);
            continue;
        }
        if (o == "--icmp-type" || o == "--icmpv6-type") {
            ++i;
            any_match = true;
            meaning.icmp_only = true;
            continue;
        }
        if (o == "--sport" || o == "--source-port" || o == "--sports" || o == "--source-ports") {
            ++i;
            any_match = true;  // a source port does not limit destination ports
            continue;
        }
        unknown(o);
        if (i + 1 < a.size() && a[i + 1].rfind("-", 0) != 0 && a[i + 1] != "!") ++i;
    }
    (void)protocol;
    meaning.unconditional = !any_match;
    return meaning;
}

}  // namespace oscapvirt::model
