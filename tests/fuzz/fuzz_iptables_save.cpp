// libFuzzer target for the iptables-save reader and the rule meanings the firewall checks use.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

#include "model/iptables_save.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oscapvirt::model;
    const auto parsed =
        parse_iptables_save(std::string_view(reinterpret_cast<const char*>(data), size));
    if (const auto* rules = std::get_if<IptRuleset>(&parsed)) {
        for (const IptTable& table : rules->tables)
            for (const IptChain& chain : table.chains) {
                fuzz::require(!chain.name.empty());
                for (const IptRule& rule : chain.rules) {
                    const FilterRule meaning = classify_iptables_rule(rule, table);
                    // a jump always names a chain of the table
                    if (meaning.verdict == FilterRule::Verdict::Jump)
                        fuzz::require(table.chain(meaning.target) != nullptr);
                    for (const auto& [low, high] : meaning.dports)
                        fuzz::require(low >= 0 && low <= high && high <= 65535);
                }
            }
    } else {
        fuzz::require(!std::get<ParseError>(parsed).message.empty());
    }
    return 0;
}
