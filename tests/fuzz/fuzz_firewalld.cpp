// libFuzzer target for firewalld's configuration readers: the same bytes as firewalld.conf, a
// zone, a policy and a service. Invariants the firewall checks rely on are asserted.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

#include "model/firewalld.h"
#include "fuzz_support.h"

namespace {
void check_ports(const std::vector<oscapvirt::model::FirewalldPort>& ports) {
    for (const auto& p : ports) {
        fuzz::require(!p.port.empty());
        const size_t dash = p.port.find('-');
        // stored as firewalld stores it: LOW or LOW-HIGH with LOW < HIGH
        if (dash != std::string::npos)
            fuzz::require(std::stoi(p.port.substr(0, dash)) < std::stoi(p.port.substr(dash + 1)));
    }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oscapvirt::model;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const FirewalldConf conf = parse_firewalld_conf(text);
    fuzz::require(!conf.default_zone.empty());
    fuzz::require(conf.default_zone_given || conf.default_zone == "public");
    const auto zone_parsed = parse_firewalld_zone(text);
    if (auto* zone = std::get_if<FirewalldZone>(&zone_parsed)) {
        check_ports(zone->ports);
        for (const RichRule& rule : zone->rich_rules)
            fuzz::require(rule.priority >= -32768 && rule.priority <= 32767);
    }
    const auto policy = parse_firewalld_policy(text);
    if (auto* p = std::get_if<FirewalldPolicy>(&policy))
        fuzz::require(p->target == "CONTINUE" || p->target == "ACCEPT" || p->target == "DROP" ||
                      p->target == "REJECT");
    const auto service = parse_firewalld_service(text);
    if (auto* s = std::get_if<FirewalldService>(&service)) check_ports(s->ports);
    return 0;
}
