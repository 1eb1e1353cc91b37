// Guide 2.1, 2.1.4, 2.2, 5.2 (H03, H04): the host firewall that starts at boot, whether it
// refuses inbound traffic by default, and which ports it opens. Each firewall's configuration is
// read as its program reads it (facts/firewall_facts); here the rule sets are judged.
//
// A packet must pass every firewall that is loaded, so one firewall that denies by default (or
// opens only allowed ports) is enough. firewalld conflicts with nftables.service,
// iptables.service and ip6tables.service (Conflicts= in its unit): when both kinds are enabled,
// which one ends up running is not decided by the files, so both must pass.
#include <algorithm>
#include <regex>
#include <set>

#include "checks/allow_list.h"
#include "checks/registry.h"

namespace oscapvirt::checks {
namespace {

using model::FilterRule;

// ---- combining results as OVAL criteria do ----------------------------------------------------

struct Judgement {
    Result result = Result::Error;
    std::vector<std::string> lines;
};

Judgement any_of(std::vector<Judgement> parts) {
    Judgement out;
    bool error = false, unknown = false, pass = false;
    for (Judgement& part : parts) {
        pass |= part.result == Result::Pass;
        error |= part.result == Result::Error;
        unknown |= part.result == Result::Unknown;
        out.lines.insert(out.lines.end(), part.lines.begin(), part.lines.end());
    }
    out.result = pass      ? Result::Pass
                 : error   ? Result::Error
                 : unknown ? Result::Unknown
                           : Result::Fail;
    return out;
}

Judgement all_of(std::vector<Judgement> parts) {
    Judgement out;
    bool error = false, unknown = false, fail = false;
    for (Judgement& part : parts) {
        fail |= part.result == Result::Fail;
        error |= part.result == Result::Error;
        unknown |= part.result == Result::Unknown;
        out.lines.insert(out.lines.end(), part.lines.begin(), part.lines.end());
    }
    out.result = fail      ? Result::Fail
                 : error   ? Result::Error
                 : unknown ? Result::Unknown
                           : Result::Pass;
    return out;
}

Judgement single(Result result, std::string line) {
    return {result, {"result=" + std::string(result_name(result)) + " " + line}};
}

// ---- what may be opened ------------------------------------------------------------------------

class AllowedPorts {
   public:
    explicit AllowedPorts(const Params& params)
        : services_(params, "HOST_FIREWALL_ALLOWED_SERVICES") {
        const auto ports = params.find("HOST_FIREWALL_ALLOWED_PORTS");
        if (ports != params.end() && !ports->second.empty()) {
            try {
                single_ = std::regex("^(?:" + ports->second + ")$", std::regex::ECMAScript);
                has_single_ = true;
            } catch (const std::regex_error&) {
                error_ = "host_firewall_allowed_ports is not a valid regular expression";
            }
        }
        const auto ranges = params.find("HOST_FIREWALL_ALLOWED_PORT_RANGES");
        if (ranges != params.end()) {
            std::string text = ranges->second;
            std::replace(text.begin(), text.end(), ',', ' ');
            size_t pos = 0;
            while (pos < text.size()) {
                const size_t start = text.find_first_not_of(' ', pos);
                if (start == std::string::npos) break;
                const size_t end = text.find(' ', start);
                const std::string item = text.substr(start, end - start);
                pos = end == std::string::npos ? text.size() : end;
                const size_t dash = item.find('-');
                try {
                    if (dash == std::string::npos) throw std::invalid_argument(item);
                    ranges_.emplace_back(std::stoi(item.substr(0, dash)),
                                         std::stoi(item.substr(dash + 1)));
                } catch (const std::exception&) {
                    error_ = "host_firewall_allowed_port_ranges: not a FROM-TO range: " + item;
                }
            }
        }
    }
    const std::string& error() const { return error_; }
    const AllowList& services() const { return services_; }

    // Every port of [low, high] is allowed, one by one (a range of allowed single ports counts).
    bool allows(int low, int high) const {
        for (int port = low; port <= high; ++port) {
            const bool in_range = std::any_of(ranges_.begin(), ranges_.end(), [&](const auto& r) {
                return port >= r.first && port <= r.second;
            });
            if (in_range) continue;
            if (!has_single_ || !std::regex_match(std::to_string(port), single_)) return false;
        }
        return true;
    }

   private:
    AllowList services_;
    std::regex single_;
    bool has_single_ = false;
    std::vector<std::pair<int, int>> ranges_;
    std::string error_;
};

std::string range_text(int low, int high) {
    return low == high ? std::to_string(low) : std::to_string(low) + "-" + std::to_string(high);
}

bool parse_range(const std::string& port, int& low, int& high) {
    try {
        const size_t dash = port.find('-');
        low = std::stoi(port.substr(0, dash));
        high = dash == std::string::npos ? low : std::stoi(port.substr(dash + 1));
        return low <= high;
    } catch (const std::exception&) {
        return false;
    }
}

bool is_icmp_protocol(const std::string& protocol) {
    return protocol == "icmp" || protocol == "ipv6-icmp" || protocol == "icmpv6";
}

// ---- rule lists (iptables and nftables) ---------------------------------------------------------

// How a chain treats inbound packets: what happens to those no specific rule takes, and the
// conditional rules that accept some before that.
struct ChainOutcome {
    enum class End { Deny, Accept, Unknown } end = End::Unknown;
    std::string why;                  // the rule or policy that decides the end
    std::vector<FilterRule> accepts;  // conditional accepting rules reached first
    std::string error;
};

// A rule reached through a conditional jump only applies under the jump's conditions too.
FilterRule within(const FilterRule& jump, FilterRule rule) {
    rule.unconditional = rule.unconditional && jump.unconditional;
    rule.established_only = rule.established_only || jump.established_only;
    rule.loopback_only = rule.loopback_only || jump.loopback_only;
    rule.icmp_only = rule.icmp_only || jump.icmp_only;
    if (rule.dports.empty()) rule.dports = jump.dports;
    if (rule.not_understood.empty()) rule.not_understood = jump.not_understood;
    rule.text = jump.text + " => " + rule.text;
    return rule;
}

using RulesOf = std::function<const std::vector<FilterRule>*(const std::string& chain)>;

// Walks `rules` in order, following jumps (depth-limited). Returns true when the walk ended
// the packet's fate for every packet that got this far (`outcome.end` set).
bool walk_chain(const std::vector<FilterRule>& rules, const std::string& family,
                const RulesOf& rules_of, const FilterRule* context, int depth,
                ChainOutcome& outcome) {
    if (depth > 16) {
        outcome.error = "jumps nested more than 16 deep";
        return true;
    }
    bool everyone = true;  // every packet that entered the chain reaches this rule
    for (const FilterRule& raw : rules) {
        if (!raw.family.empty() && raw.family != family) continue;
        const FilterRule rule = context ? within(*context, raw) : raw;
        const bool decides_all = rule.unconditional && everyone;
        switch (rule.verdict) {
            case FilterRule::Verdict::None:
                break;
            case FilterRule::Verdict::Accept:
                if (decides_all) {
                    outcome.end = ChainOutcome::End::Accept;
                    outcome.why = "accepts every packet: " + rule.text;
                    return true;
                }
                // After a conditional return, "unconditional" only covers the packets left.
                outcome.accepts.push_back(rule);
                if (rule.unconditional) outcome.accepts.back().not_understood.clear();
                break;
            case FilterRule::Verdict::Deny:
                if (decides_all) {
                    outcome.end = ChainOutcome::End::Deny;
                    outcome.why = rule.text;
                    return true;
                }
                break;
            case FilterRule::Verdict::Return:
                if (rule.unconditional) return false;
                everyone = false;
                break;
            case FilterRule::Verdict::Jump:
            case FilterRule::Verdict::Goto: {
                const std::vector<FilterRule>* inner = rules_of(rule.target);
                if (!inner) {
                    outcome.error = "jump to unknown chain " + rule.target;
                    return true;
                }
                ChainOutcome sub;
                const bool ended = walk_chain(*inner, family, rules_of, &rule, depth + 1, sub);
                outcome.accepts.insert(outcome.accepts.end(), sub.accepts.begin(),
                                       sub.accepts.end());
                if (!sub.error.empty()) {
                    outcome.error = sub.error;
                    return true;
                }
                if (ended && decides_all) {
                    outcome.end = sub.end;
                    outcome.why = sub.why;
                    return true;
                }
                if (ended && sub.end == ChainOutcome::End::Accept) {
                    // every packet of the jump's scope is accepted
                    FilterRule scoped = rule;
                    scoped.verdict = FilterRule::Verdict::Accept;
                    scoped.text = sub.why;
                    outcome.accepts.push_back(scoped);
                }
                if (rule.verdict == FilterRule::Verdict::Goto && decides_all) return false;
                break;
            }
            case FilterRule::Verdict::Unknown:
                if (decides_all) {
                    outcome.end = ChainOutcome::End::Unknown;
                    outcome.why = "verdict not judged: " + rule.text;
                    return true;
                }
                outcome.accepts.push_back(rule);
                if (outcome.accepts.back().not_understood.empty())
                    outcome.accepts.back().not_understood = "verdict";
                break;
        }
    }
    return false;
}

ChainOutcome evaluate_chain(const std::vector<FilterRule>& rules, const std::string& policy,
                            const std::string& family, const RulesOf& rules_of) {
    ChainOutcome outcome;
    if (walk_chain(rules, family, rules_of, nullptr, 0, outcome)) return outcome;
    const bool deny = policy == "drop" || policy == "DROP";
    outcome.end = deny ? ChainOutcome::End::Deny : ChainOutcome::End::Accept;
    outcome.why = "policy " + policy + (deny ? "" : " with no final drop or reject");
    return outcome;
}

enum class Question { DefaultDeny, OnlyAllowedPorts };

// The judgement of one chain for one question.
Judgement judge_outcome(const ChainOutcome& outcome, Question question, const AllowedPorts& allowed,
                        const std::string& who) {
    if (!outcome.error.empty())
        return single(Result::Error, who + " " + field("reason", outcome.error));
    if (outcome.end == ChainOutcome::End::Accept)
        return single(Result::Fail, who + " " + field("reason", outcome.why));
    if (outcome.end == ChainOutcome::End::Unknown)
        return single(Result::Unknown, who + " " + field("reason", outcome.why));
    if (question == Question::DefaultDeny)
        return single(Result::Pass,
                      who + " " + field("default", "deny") + " " + field("by", outcome.why));
    std::vector<Judgement> parts;
    for (const FilterRule& rule : outcome.accepts) {
        const std::string line = who + " " + field("rule", rule.text);
        if (rule.established_only || rule.loopback_only || rule.icmp_only) continue;
        if (!rule.not_understood.empty()) {
            parts.push_back(
                single(Result::Unknown,
                       line + " " + field("reason", "match not judged: " + rule.not_understood)));
            continue;
        }
        if (rule.dports.empty()) {
            parts.push_back(
                single(Result::Fail, line + " " + field("reason", "accepts every port")));
            continue;
        }
        for (const auto& [low, high] : rule.dports)
            if (!allowed.allows(low, high))
                parts.push_back(
                    single(Result::Fail, line + " " + field("port", range_text(low, high)) + " " +
                                             field("reason", "port not allowed")));
    }
    if (parts.empty())
        return single(Result::Pass, who + " " + field("default", "deny") + " " +
                                        field("opens", "only allowed ports"));
    return all_of(std::move(parts));
}

// ---- iptables ----------------------------------------------------------------------------------

Judgement judge_iptables(const facts::IptablesFile& file, const std::string& family,
                         Question question, const AllowedPorts& allowed, const std::string& unit) {
    const std::string who =
        field("firewall", unit) + " " + field("family", family) + " " + field("file", file.path);
    if (!file.rules) return single(Result::Error, Evidence(who).because(file.rules.error()));
    if (!*file.rules)
        return single(Result::Fail,
                      who + " " + field("reason", "no rule set: nothing is filtered"));
    const model::IptRuleset& rules = **file.rules;
    const model::IptTable* filter = rules.table("filter");
    if (!filter)
        return single(Result::Fail, who + " " + field("reason", "no filter table: INPUT accepts"));
    // iptables-restore checks every option and restores nothing if one is wrong; a rule this
    // reader does not understand leaves the outcome open.
    for (const model::IptTable& table : rules.tables)
        for (const model::IptChain& chain : table.chains)
            for (const model::IptRule& rule : chain.rules) {
                const FilterRule meaning = model::classify_iptables_rule(rule, table);
                if (!meaning.not_understood.empty())
                    return single(
                        Result::Unknown,
                        who + " " + field("rule", meaning.text) + " " +
                            field("reason", "not judged (" + meaning.not_understood +
                                                "): iptables-restore may refuse the file"));
            }
    std::map<std::string, std::vector<FilterRule>> meanings;
    for (const model::IptChain& chain : filter->chains)
        for (const model::IptRule& rule : chain.rules)
            meanings[chain.name].push_back(model::classify_iptables_rule(rule, *filter));
    const RulesOf rules_of = [&](const std::string& name) -> const std::vector<FilterRule>* {
        if (!filter->chain(name)) return nullptr;
        return &meanings[name];
    };
    const model::IptChain* input = filter->chain("INPUT");
    return judge_outcome(evaluate_chain(meanings["INPUT"], input->policy, family, rules_of),
                         question, allowed, who + " " + field("chain", "INPUT"));
}

// ---- nftables ----------------------------------------------------------------------------------

Judgement judge_nftables(const facts::NftablesConfig& config, const std::string& family,
                         Question question, const AllowedPorts& allowed) {
    const std::string who = field("firewall", "nftables") + " " + field("family", family) + " " +
                            field("file", config.path);
    if (!config.ruleset)
        return single(Result::Error, Evidence(who).because(config.ruleset.error()));
    // nft checks every rule of the file and loads nothing if one is wrong; this reader does not
    // check rules it does not understand, so such a rule anywhere leaves the outcome open.
    for (const model::NftTable& table : config.ruleset->tables)
        for (const model::NftChain& chain : table.chains)
            for (const auto& tokens : chain.rules) {
                const FilterRule rule = model::classify_nft_rule(tokens, table);
                if (!rule.not_understood.empty())
                    return single(Result::Unknown,
                                  who + " " + field("rule", rule.text) + " " +
                                      field("reason", "not judged (" + rule.not_understood +
                                                          "): nft may refuse the whole file"));
            }
    std::vector<Judgement> chains;
    for (const model::NftTable& table : config.ruleset->tables) {
        const bool covers = table.family == "inet" || (table.family == "ip" && family == "ipv4") ||
                            (table.family == "ip6" && family == "ipv6");
        if (!covers || table.dormant) continue;
        std::map<std::string, std::vector<FilterRule>> meanings;
        for (const model::NftChain& chain : table.chains)
            for (const auto& tokens : chain.rules)
                meanings[chain.name].push_back(model::classify_nft_rule(tokens, table));
        const RulesOf rules_of = [&](const std::string& name) -> const std::vector<FilterRule>* {
            if (!table.chain(name)) return nullptr;
            return &meanings[name];
        };
        for (const model::NftChain& chain : table.chains) {
            if (!chain.base || chain.hook != "input" || chain.type != "filter") continue;
            chains.push_back(judge_outcome(
                evaluate_chain(meanings[chain.name], chain.policy, family, rules_of), question,
                allowed,
                who + " " + field("chain", table.family + " " + table.name + " " + chain.name)));
        }
    }
    if (chains.empty())
        return single(
            Result::Fail,
            who + " " +
                field("reason", "no filter chain on the input hook: everything is accepted"));
    // Every base chain on the hook sees the packet: one that denies is enough.
    return any_of(std::move(chains));
}

// ---- firewalld ---------------------------------------------------------------------------------

// The zones that apply to inbound traffic: the default zone, zones whose files bind interfaces
// or sources, zones network configuration puts interfaces in.
std::map<std::string, std::string> applicable_zones(const facts::FirewalldConfig& config) {
    std::map<std::string, std::string> zones;
    zones[config.conf.default_zone] = "default zone (" + config.conf_note + ")";
    for (const auto& [name, item] : config.zones)
        if (!item.value.interfaces.empty() || !item.value.sources.empty())
            zones.emplace(name, "bound in " + item.path);
    for (const auto& [name, origin] : config.bound_by_network_config)
        zones.emplace(name, "bound in " + origin);
    return zones;
}

bool is_any_source(const model::RichRule& rule) {
    return !rule.has_source || rule.source_invert || rule.source == "0.0.0.0/0" ||
           rule.source == "::/0";
}

// A rich rule that decides every packet (of its source, when `any_source` is false).
bool is_catch_all(const model::RichRule& rule) {
    return rule.element.empty() && !rule.has_destination && !rule.limited && !rule.action.empty() &&
           rule.action != "mark";
}

// What a zone or policy does with packets none of its services, ports or rules take.
struct RulesDefault {
    bool accepts_all = false;
    std::string why;
};

RulesDefault rules_default(const model::FirewalldRules& rules, bool target_accepts) {
    // Unconditional rich rules by priority; at equal priority firewalld puts deny before allow.
    const model::RichRule* first_deny = nullptr;
    const model::RichRule* first_accept = nullptr;
    for (const model::RichRule& rule : rules.rich_rules) {
        if (!is_catch_all(rule) || !is_any_source(rule)) continue;
        // An accept-all for one family is judged for both; a deny-all only ends both when it
        // has no family.
        if (rule.action == "accept") {
            if (!first_accept || rule.priority < first_accept->priority) first_accept = &rule;
        } else if (rule.family.empty() && (!first_deny || rule.priority < first_deny->priority)) {
            first_deny = &rule;
        }
    }
    if (first_accept && (!first_deny || first_accept->priority < first_deny->priority))
        return {true, "rich rule accepts every packet: " + first_accept->text};
    if (target_accepts && !first_deny) return {true, "target ACCEPT"};
    return {false, first_deny && target_accepts ? "target ACCEPT ended by " + first_deny->text
                                                : "target " + rules.target};
}

// What one zone or policy opens, judged against the allowed ports.
void judge_openings(const model::FirewalldRules& rules, const facts::FirewalldConfig& config,
                    const AllowedPorts& allowed, const std::string& who,
                    std::vector<Judgement>& parts);

void judge_service(const std::string& name, const facts::FirewalldConfig& config,
                   const AllowedPorts& allowed, const std::string& who, int depth,
                   std::vector<Judgement>& parts) {
    const auto found = config.services.find(name);
    const std::string line = who + " " + field("service", name);
    if (found == config.services.end()) {
        parts.push_back(
            single(Result::Error,
                   line + " " +
                       field("reason", "no service definition: firewalld would refuse the zone")));
        return;
    }
    const bool vendor = found->second.path.rfind("/usr/lib/", 0) == 0;
    if (depth == 0 && allowed.services().contains(name) && vendor) {
        parts.push_back(single(Result::Pass, line + " " + field("reason", "allowed service") + " " +
                                                 field("definition", found->second.path)));
        return;
    }
    if (depth > 8) {
        parts.push_back(single(Result::Error,
                               line + " " + field("reason", "service includes nested too deeply")));
        return;
    }
    const model::FirewalldService& service = found->second.value;
    bool clean = true;
    for (const model::FirewalldPort& port : service.ports) {
        int low = 0, high = 0;
        if (!parse_range(port.port, low, high) || !allowed.allows(low, high)) {
            parts.push_back(
                single(Result::Fail, line + " " + field("port", port.port + "/" + port.protocol) +
                                         " " + field("definition", found->second.path) + " " +
                                         field("reason", "port not allowed")));
            clean = false;
        }
    }
    for (const std::string& protocol : service.protocols)
        if (!is_icmp_protocol(protocol)) {
            parts.push_back(single(Result::Fail, line + " " + field("protocol", protocol) + " " +
                                                     field("reason", "opens a whole protocol")));
            clean = false;
        }
    for (const model::FirewalldPort& port : service.source_ports) {
        parts.push_back(single(
            Result::Fail, line + " " + field("source-port", port.port + "/" + port.protocol) + " " +
                              field("reason", "a source port opens every destination port")));
        clean = false;
    }
    for (const std::string& include : service.includes)
        judge_service(include, config, allowed, who + " " + field("included-by", name), depth + 1,
                      parts);
    if (clean && depth == 0)
        parts.push_back(single(Result::Pass, line + " " + field("definition", found->second.path)));
}

void judge_port(const std::string& kind, const std::string& port, const std::string& protocol,
                const AllowedPorts& allowed, const std::string& who,
                std::vector<Judgement>& parts) {
    int low = 0, high = 0;
    const std::string line = who + " " + field(kind, port + "/" + protocol);
    if (parse_range(port, low, high) && allowed.allows(low, high))
        parts.push_back(single(Result::Pass, line));
    else
        parts.push_back(single(Result::Fail, line + " " + field("reason", "port not allowed")));
}

void judge_openings(const model::FirewalldRules& rules, const facts::FirewalldConfig& config,
                    const AllowedPorts& allowed, const std::string& who,
                    std::vector<Judgement>& parts) {
    for (const std::string& service : rules.services)
        judge_service(service, config, allowed, who, 0, parts);
    for (const model::FirewalldPort& port : rules.ports)
        judge_port("port", port.port, port.protocol, allowed, who, parts);
    for (const model::FirewalldForwardPort& port : rules.forward_ports)
        judge_port("forward-port", port.port, port.protocol, allowed, who, parts);
    for (const model::FirewalldPort& port : rules.source_ports)
        parts.push_back(single(
            Result::Fail, who + " " + field("source-port", port.port + "/" + port.protocol) + " " +
                              field("reason", "a source port opens every destination port")));
    for (const std::string& protocol : rules.protocols)
        parts.push_back(single(
            is_icmp_protocol(protocol) ? Result::Pass : Result::Fail,
            who + " " + field("protocol", protocol) +
                (is_icmp_protocol(protocol) ? ""
                                            : " " + field("reason", "opens a whole protocol"))));
    for (const model::RichRule& rule : rules.rich_rules) {
        if (rule.action != "accept") continue;
        const std::string line = who + " " + field("rule", rule.text);
        if (rule.element == "service")
            judge_service(rule.element_value, config, allowed, who, 0, parts);
        else if (rule.element == "port" || rule.element == "forward-port")
            judge_port(rule.element, rule.element_value, rule.element_protocol, allowed, who,
                       parts);
        else if (rule.element == "protocol")
            parts.push_back(
                single(is_icmp_protocol(rule.element_value) ? Result::Pass : Result::Fail, line));
        else if (rule.element == "icmp-type" || rule.element == "icmp-block")
            parts.push_back(single(Result::Pass, line));
        else if (rule.element == "source-port")
            parts.push_back(
                single(Result::Fail,
                       line + " " + field("reason", "a source port opens every destination port")));
        else if (rule.element.empty())
            parts.push_back(
                single(Result::Fail, line + " " + field("reason", "accepts every port")));
    }
}

Judgement judge_firewalld(const facts::Reading<facts::FirewalldConfig>& reading, Question question,
                          const AllowedPorts& allowed) {
    const std::string who = field("firewall", "firewalld");
    if (!reading) return single(Result::Error, Evidence(who).because(reading.error()));
    const facts::FirewalldConfig& config = *reading;
    std::vector<Judgement> parts;
    if (config.direct_rules > 0)
        parts.push_back(
            single(Result::Unknown, who + " " + field("file", "/etc/firewalld/direct.xml") + " " +
                                        field("reason", "direct rules are not judged")));
    const auto zones = applicable_zones(config);
    for (const auto& [name, origin] : zones) {
        const std::string zone_who =
            who + " " + field("zone", name) + " " + field("applies", origin);
        const auto found = config.zones.find(name);
        if (found == config.zones.end()) {
            parts.push_back(single(
                Result::Error,
                zone_who + " " +
                    field("reason", "zone has no file: firewalld would refuse the binding")));
            continue;
        }
        const model::FirewalldZone& zone = found->second.value;
        const RulesDefault fallback = rules_default(zone, zone.target == "ACCEPT");
        const std::string line = zone_who + " " + field("file", found->second.path);
        if (fallback.accepts_all) {
            parts.push_back(single(Result::Fail, line + " " + field("reason", fallback.why)));
            continue;
        }
        if (question == Question::DefaultDeny)
            parts.push_back(single(Result::Pass, line + " " + field("default", fallback.why)));
        else
            judge_openings(zone, config, allowed, zone_who, parts);
    }
    // Policies towards the host itself from any zone or from a zone that applies.
    for (const auto& [name, item] : config.policies) {
        const model::FirewalldPolicy& policy = item.value;
        const bool to_host = std::find(policy.egress_zones.begin(), policy.egress_zones.end(),
                                       "HOST") != policy.egress_zones.end();
        const bool from_applicable =
            std::any_of(policy.ingress_zones.begin(), policy.ingress_zones.end(),
                        [&](const std::string& z) { return z == "ANY" || zones.count(z); });
        if (!to_host || !from_applicable) continue;
        const std::string line = who + " " + field("policy", name) + " " + field("file", item.path);
        const RulesDefault fallback = rules_default(policy, policy.target == "ACCEPT");
        if (fallback.accepts_all) {
            parts.push_back(single(Result::Fail, line + " " + field("reason", fallback.why)));
            continue;
        }
        if (question == Question::OnlyAllowedPorts)
            judge_openings(policy, config, allowed, line, parts);
    }
    return all_of(std::move(parts));
}

// ---- the enabled firewalls ---------------------------------------------------------------------

bool enabled(const facts::FirewallFacts& facts, const std::string& unit) {
    const auto found = facts.units.find(unit);
    return found != facts.units.end() && found->second && found->second->enabled &&
           !found->second->masked;
}

std::string unit_line(const std::string& unit, const facts::UnitEnablement& state) {
    std::string state_text = state.masked ? "masked" : state.enabled ? "enabled" : "not-enabled";
    std::string line = field("unit", unit) + " " + field("state", state_text);
    if (!state.how.empty()) line += " " + field("by", state.how);
    return line;
}

// The judgement of one address family over every firewall that starts at boot.
Judgement judge_family(const facts::FirewallFacts& facts, const std::string& family,
                       Question question, const AllowedPorts& allowed) {
    const bool v4 = family == "ipv4";
    std::vector<Judgement> conflicting;  // units firewalld conflicts with
    if (enabled(facts, "nftables.service"))
        conflicting.push_back(judge_nftables(facts.nftables, family, question, allowed));
    if (enabled(facts, v4 ? "iptables.service" : "ip6tables.service"))
        conflicting.push_back(judge_iptables(v4 ? facts.sysconfig_v4 : facts.sysconfig_v6, family,
                                             question, allowed,
                                             v4 ? "iptables.service" : "ip6tables.service"));
    std::vector<Judgement> together;
    if (!enabled(facts, "firewalld.service") && (v4 ? facts.sysv_iptables : facts.sysv_ip6tables))
        together.push_back(judge_iptables(v4 ? facts.sysconfig_v4 : facts.sysconfig_v6, family,
                                          question, allowed,
                                          v4 ? "sysv-iptables" : "sysv-ip6tables"));
    if (enabled(facts, "netfilter-persistent.service"))
        together.push_back(judge_iptables(v4 ? facts.persistent_v4 : facts.persistent_v6, family,
                                          question, allowed, "netfilter-persistent.service"));
    if (enabled(facts, "firewalld.service")) {
        Judgement firewalld = judge_firewalld(facts.firewalld, question, allowed);
        if (conflicting.empty())
            together.push_back(std::move(firewalld));
        else
            together.push_back(all_of({std::move(firewalld), any_of(std::move(conflicting))}));
    } else {
        for (Judgement& j : conflicting) together.push_back(std::move(j));
    }
    if (together.empty())
        return single(Result::Fail,
                      field("family", family) + " " +
                          field("reason", "no firewall that filters it starts at boot"));
    return any_of(std::move(together));
}

Verdict to_verdict(Judgement judgement, const facts::FirewallFacts& facts) {
    Verdict verdict;
    verdict.result = judgement.result;
    for (const auto& [unit, state] : facts.units) {
        if (!state)
            verdict.evidence.push_back("note " +
                                       Evidence("unit", unit).because(state.error()).str());
        else if (state->enabled || state->masked)
            verdict.evidence.push_back("note " + unit_line(unit, *state));
    }
    std::set<std::string> seen;
    for (std::string& line : judgement.lines)
        if (seen.insert(line).second) verdict.evidence.push_back(std::move(line));
    return verdict;
}

Verdict firewall_rules(const facts::Snapshot& snapshot, const Params& params, Question question) {
    if (!snapshot.firewall)
        return {Result::Error, {"result=error reason=\"firewall facts not collected\""}};
    const facts::FirewallFacts& facts = *snapshot.firewall;
    const AllowedPorts allowed(params);
    if (question == Question::OnlyAllowedPorts && !allowed.error().empty())
        return {Result::Error, {"result=error " + field("reason", allowed.error())}};
    Judgement judgement = all_of({judge_family(facts, "ipv4", question, allowed),
                                  judge_family(facts, "ipv6", question, allowed)});
    return to_verdict(std::move(judgement), facts);
}

// H03: some firewall is enabled at boot and not masked.
Verdict enabled_at_boot(const facts::Snapshot& snapshot, const Params&) {
    if (!snapshot.firewall)
        return {Result::Error, {"result=error reason=\"firewall facts not collected\""}};
    const facts::FirewallFacts& facts = *snapshot.firewall;
    Verdict verdict;
    bool any = false, error = false;
    for (const auto& [unit, reading] : facts.units) {
        // An unreadable unit counts as not enabled besides its error, as the other units'
        // evidence shows.
        const facts::UnitEnablement state = reading ? *reading : facts::UnitEnablement{};
        const bool on = state.enabled && !state.masked;
        any |= on;
        if (!reading) {
            error = true;
            verdict.evidence.push_back("result=error " +
                                       Evidence("unit", unit).because(reading.error()).str());
        }
        verdict.evidence.push_back("result=" + std::string(on ? "pass " : "fail ") +
                                   unit_line(unit, state));
    }
    for (const auto& [on, name] :
         {std::pair{facts.sysv_iptables, "iptables"}, std::pair{facts.sysv_ip6tables, "ip6tables"}})
        if (on) {
            any = true;
            verdict.evidence.push_back("result=pass " +
                                       field("sysv", std::string("/etc/rc.d/rc3.d/S??") + name));
        }
    verdict.result = any ? Result::Pass : error ? Result::Error : Result::Fail;
    return verdict;
}

}  // namespace

void add_firewall_checks(Registry& registry) {
    registry.add({"host_firewall_enabled_at_boot", facts::kNeedFirewall, enabled_at_boot});
    registry.add({"host_firewall_default_deny_inbound", facts::kNeedFirewall,
                  [](const facts::Snapshot& s, const Params& p) {
                      return firewall_rules(s, p, Question::DefaultDeny);
                  }});
    registry.add({"host_firewall_only_virtualization_ports", facts::kNeedFirewall,
                  [](const facts::Snapshot& s, const Params& p) {
                      return firewall_rules(s, p, Question::OnlyAllowedPorts);
                  }});
}

}  // namespace oscapvirt::checks
