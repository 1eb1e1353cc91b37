#pragma once
// nftables ruleset files as `nft -f` loads them at boot (nftables 1.0): tables with chains,
// sets and objects, `include` (globs, sorted), `define`/`$name`, `flush ruleset|table|chain`,
// `add|create table|chain|rule|element`, `delete table`. The whole file is one transaction: a
// file nft would refuse loads nothing, so any construct not understood here is a ParseError.
// Bytes in: included files are fetched through a callback given by the caller.
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/filter_rule.h"
#include "model/parse_error.h"

namespace oscapvirt::model {

struct NftChain {
    std::string name;
    bool base = false;
    std::string type, hook;  // "filter", "input" for base chains
    std::string priority;
    std::string policy = "accept";                // base chains accept by default
    std::vector<std::vector<std::string>> rules;  // tokens of each rule, variables expanded
};

struct NftTable {
    std::string family, name;
    bool dormant = false;
    std::vector<NftChain> chains;
    std::map<std::string, std::vector<std::string>> sets;  // named set -> element tokens
    const NftChain* chain(std::string_view name) const;
};

struct NftRuleset {
    std::vector<NftTable> tables;
};

// One included file: its name as nft would show it and its content, or why it is unusable.
struct NftIncludedFile {
    std::string name;
    std::string content;
    std::string error;
};
// Resolves an include argument (a path or glob) to the files it names, in the order nft reads
// them; a literal path that does not exist is an error, a glob that matches nothing is not.
using NftIncludeLoader = std::function<std::vector<NftIncludedFile>(const std::string& pattern)>;

Parsed<NftRuleset> parse_nftables(std::string_view text, const NftIncludeLoader& include);

// The meaning of one rule of `table` (its named sets resolve @set references).
FilterRule classify_nft_rule(const std::vector<std::string>& tokens, const NftTable& table);

}  // namespace oscapvirt::model
