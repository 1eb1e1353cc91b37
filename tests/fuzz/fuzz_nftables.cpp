// libFuzzer target for the nftables ruleset reader: the input is the main file and, through the
// include callback, every included file too (bounded by nft's include depth).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "model/nftables.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oscapvirt::model;
    const std::string text = fuzz::text_of(data, size);
    const auto parsed = parse_nftables(text, [&](const std::string& name) {
        return std::vector<NftIncludedFile>{{name, text.substr(0, 256), ""}};
    });
    if (const auto* ruleset = std::get_if<NftRuleset>(&parsed)) {
        for (const NftTable& table : ruleset->tables)
            for (const NftChain& chain : table.chains) {
                fuzz::require(chain.policy == "accept" || chain.policy == "drop");
                for (const auto& rule : chain.rules) {
                    fuzz::require(!rule.empty());
                    const FilterRule meaning = classify_nft_rule(rule, table);
                    for (const auto& [low, high] : meaning.dports)
                        fuzz::require(low >= 0 && low <= high && high <= 65535);
                    fuzz::require(!(meaning.unconditional && meaning.established_only));
                }
            }
    } else {
        fuzz::require(!std::get<ParseError>(parsed).message.empty());
    }
    return 0;
}
