#pragma once
// iptables-save files as iptables-restore reads them (iptables 1.8, iptables/iptables-restore.c
// and xshared.c add_param_to_argv): `*table`, `:CHAIN POLICY [packets:bytes]`, rule lines
// (`-A CHAIN ...`, `-I CHAIN [N] ...`, optionally preceded by `[packets:bytes]`), `COMMIT`,
// `#` comments. Arguments split at blanks; double quotes group, a backslash escapes a quote.
#include <string>
#include <string_view>
#include <vector>

#include "model/filter_rule.h"
#include "model/parse_error.h"

namespace oscapvirt::model {

struct IptRule {
    std::vector<std::string> args;  // the rule's arguments after `-A CHAIN`
    std::string target;             // of -j/--jump or -g/--goto; "" when the rule has none
    bool is_goto = false;
    int line = 0;
};

struct IptChain {
    std::string name;
    std::string policy;  // ACCEPT/DROP for built-in chains, "-" for user-defined ones
    std::vector<IptRule> rules;
};

struct IptTable {
    std::string name;
    std::vector<IptChain> chains;
    const IptChain* chain(std::string_view name) const;
};

struct IptRuleset {
    std::vector<IptTable> tables;  // committed tables, in file order
    const IptTable* table(std::string_view name) const;
};

// A file iptables-restore would refuse (an unterminated table, a rule before any table, a rule
// in an undeclared chain, an unterminated quote, a command other than -A/-I) is a ParseError.
// The built-in chains of a table exist with policy ACCEPT unless the file declares them.
Parsed<IptRuleset> parse_iptables_save(std::string_view text);

// The meaning of a rule of `table` (which tells user chains from target extensions).
FilterRule classify_iptables_rule(const IptRule& rule, const IptTable& table);

}  // namespace oscapvirt::model
