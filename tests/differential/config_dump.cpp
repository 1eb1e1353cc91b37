// Prints what oscap-virt's firewall readers make of a configuration, in the normal form the
// differential tests compare with the real programs' own reading (firewalld's Python loader,
// iptables-restore + iptables-save, nft -f + nft -j list ruleset).
//
//   config_dump firewalld ROOT     zones, policies, services and the default zone under ROOT
//   config_dump iptables FILE      chains of each table: policy, rule targets
//   config_dump nftables FILE      tables, chains (hook, policy), rule verdicts; includes from /
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "facts/firewall_facts.h"
#include "model/boot_entries.h"
#include "model/fstab.h"
#include "model/grub_script.h"
#include "model/group_file.h"
#include "model/shell_assignments.h"
#include "model/nftables.h"

using namespace oscapvirt;

namespace {

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string join(std::vector<std::string> items) {
    std::sort(items.begin(), items.end());
    std::string text;
    for (const std::string& item : items) text += " " + item;
    return text;
}

// Port ranges per protocol, overlapping or adjacent ones merged (firewalld coalesces them).
std::string ports(const std::vector<model::FirewalldPort>& list) {
    std::map<std::string, std::vector<std::pair<int, int>>> by_protocol;
    for (const auto& p : list) {
        const size_t dash = p.port.find('-');
        const int low = std::stoi(p.port.substr(0, dash));
        const int high = dash == std::string::npos ? low : std::stoi(p.port.substr(dash + 1));
        by_protocol[p.protocol].push_back({low, high});
    }
    std::vector<std::string> out;
    for (auto& [protocol, ranges] : by_protocol) {
        std::sort(ranges.begin(), ranges.end());
        std::vector<std::pair<int, int>> merged;
        for (const auto& r : ranges) {
            if (!merged.empty() && r.first <= merged.back().second + 1)
                merged.back().second = std::max(merged.back().second, r.second);
            else
                merged.push_back(r);
        }
        for (const auto& [low, high] : merged)
            out.push_back((low == high ? std::to_string(low)
                                       : std::to_string(low) + "-" + std::to_string(high)) +
                          "/" + protocol);
    }
    return join(out);
}

void dump_rules(const std::string& who, const model::FirewalldRules& r) {
    std::cout << who << " target " << r.target << "\n";
    std::cout << who << " services" << join(r.services) << "\n";
    std::cout << who << " ports" << ports(r.ports) << "\n";
    std::cout << who << " protocols" << join(r.protocols) << "\n";
    std::cout << who << " source-ports" << ports(r.source_ports) << "\n";
    std::vector<std::string> forwards;
    for (const auto& f : r.forward_ports)
        forwards.push_back(f.port + "/" + f.protocol + ">" + f.to_port + "@" + f.to_addr);
    std::cout << who << " forward-ports" << join(forwards) << "\n";
    std::cout << who << " rules " << r.rich_rules.size() << "\n";
}

int dump_firewalld(const std::string& root) {
    auto fs = sources::RootFs::open(root);
    if (auto* err = std::get_if<sources::FsError>(&fs)) {
        std::cerr << err->describe() << "\n";
        return 2;
    }
    const facts::Reading<facts::FirewalldConfig> reading =
        facts::read_firewalld_config(std::get<sources::RootFs>(fs));
    if (!reading) {
        std::cout << "refused\n";
        std::cerr << facts::describe(reading.error()) << "\n";
        return 0;
    }
    const facts::FirewalldConfig& config = *reading;
    std::cout << "default-zone " << config.conf.default_zone << "\n";
    for (const auto& [name, item] : config.zones) {
        const std::string who = "zone " + name;
        dump_rules(who, item.value);
        std::cout << who << " interfaces" << join(item.value.interfaces) << "\n";
        std::cout << who << " sources" << join(item.value.sources) << "\n";
    }
    for (const auto& [name, item] : config.policies) {
        const std::string who = "policy " + name;
        dump_rules(who, item.value);
        std::cout << who << " priority " << item.value.priority << "\n";
        std::cout << who << " ingress" << join(item.value.ingress_zones) << "\n";
        std::cout << who << " egress" << join(item.value.egress_zones) << "\n";
    }
    for (const auto& [name, item] : config.services) {
        const std::string who = "service " + name;
        std::cout << who << " ports" << ports(item.value.ports) << "\n";
        std::cout << who << " protocols" << join(item.value.protocols) << "\n";
        std::cout << who << " includes" << join(item.value.includes) << "\n";
    }
    return 0;
}

const char* verdict_name(model::FilterRule::Verdict v) {
    switch (v) {
        case model::FilterRule::Verdict::None:
            return "none";
        case model::FilterRule::Verdict::Accept:
            return "accept";
        case model::FilterRule::Verdict::Deny:
            return "deny";
        case model::FilterRule::Verdict::Return:
            return "return";
        case model::FilterRule::Verdict::Jump:
            return "jump";
        case model::FilterRule::Verdict::Goto:
            return "goto";
        case model::FilterRule::Verdict::Unknown:
            return "unknown";
    }
    return "?";
}

// The rule's meaning, as far as the firewall checks use it.
std::string meaning(const model::FilterRule& r) {
    std::string text = verdict_name(r.verdict);
    if (!r.target.empty()) text += ":" + r.target;
    if (r.unconditional) text += " all";
    if (r.established_only) text += " established";
    if (r.loopback_only) text += " loopback";
    if (r.icmp_only) text += " icmp";
    if (!r.family.empty()) text += " " + r.family;
    if (!r.dports.empty()) {
        std::vector<std::pair<int, int>> d = r.dports;
        std::sort(d.begin(), d.end());
        text += " dports";
        for (const auto& [low, high] : d)
            text += " " + std::to_string(low) + (low == high ? "" : "-" + std::to_string(high));
    }
    if (!r.not_understood.empty()) text += " not-understood";
    return text;
}

int dump_iptables(const std::string& path) {
    auto parsed = model::parse_iptables_save(read(path));
    if (auto* err = std::get_if<model::ParseError>(&parsed)) {
        std::cout << "refused\n";
        std::cerr << err->describe() << "\n";
        return 0;
    }
    for (const model::IptTable& table : std::get<model::IptRuleset>(parsed).tables) {
        for (const model::IptChain& chain : table.chains) {
            // iptables-save lists only the chains of tables the file touched; an empty built-in
            // chain with policy ACCEPT is the same as none.
            std::cout << table.name << " " << chain.name << " policy " << chain.policy << "\n";
            for (const model::IptRule& rule : chain.rules)
                std::cout << table.name << " " << chain.name << " rule "
                          << meaning(model::classify_iptables_rule(rule, table)) << "\n";
        }
    }
    return 0;
}

int dump_nftables(const std::string& path) {
    auto parsed = model::parse_nftables(read(path), [](const std::string& pattern) {
        // Tests include absolute paths only; a glob is not used by the generator.
        std::ifstream in(pattern);
        if (!in)
            return std::vector<model::NftIncludedFile>{{pattern, "", "No such file or directory"}};
        return std::vector<model::NftIncludedFile>{{pattern, read(pattern), ""}};
    });
    if (auto* err = std::get_if<model::ParseError>(&parsed)) {
        std::cout << "refused\n";
        std::cerr << err->describe() << "\n";
        return 0;
    }
    for (const model::NftTable& table : std::get<model::NftRuleset>(parsed).tables) {
        const std::string who = table.family + " " + table.name;
        std::cout << "table " << who << (table.dormant ? " dormant" : "") << "\n";
        for (const model::NftChain& chain : table.chains) {
            std::cout << "chain " << who << " " << chain.name;
            if (chain.base)
                std::cout << " " << chain.type << " " << chain.hook << " policy " << chain.policy;
            std::cout << "\n";
            for (const auto& rule : chain.rules)
                std::cout << "rule " << who << " " << chain.name << " "
                          << meaning(model::classify_nft_rule(rule, table)) << "\n";
        }
    }
    return 0;
}

}  // namespace

int dump_fstab(const std::string& path) {
    for (const auto& entry : model::parse_fstab(read(path)).entries)
        std::cout << entry.source << "\t" << entry.target << "\n";
    return 0;
}

int dump_crypttab(const std::string& path) {
    for (const auto& entry : model::parse_crypttab(read(path)).entries)
        std::cout << entry.name << "\t" << model::device_node(entry.device) << "\n";
    return 0;
}

int dump_shell(int argc, char** argv) {
    model::ShellVariables variables;
    for (int i = 2; i < argc; ++i) {
        auto result = model::source_shell_assignments(read(argv[i]), variables);
        if (auto* err = std::get_if<model::ParseError>(&result)) {
            std::cout << "refused\n";
            std::cerr << argv[i] << ": " << err->describe() << "\n";
            return 0;
        }
        variables = std::move(std::get<model::ShellVariables>(result));
    }
    for (const auto& [name, value] : variables) std::cout << name << "=" << value << "\n";
    return 0;
}

// reader_dump group FILE NAME...: what getgrnam(NAME) returns, as getent prints it
int dump_group(int argc, char** argv) {
    const auto entries = model::parse_group_file(read(argv[2]));
    for (int i = 3; i < argc; ++i) {
        const model::GroupEntry* group = model::find_group(entries, argv[i]);
        if (!group) {
            std::cout << argv[i] << " -\n";
            continue;
        }
        std::cout << argv[i] << " " << group->gid;
        for (size_t m = 0; m < group->members.size(); ++m)
            std::cout << (m ? "," : " ") << group->members[m];
        std::cout << "\n";
    }
    return 0;
}

// grubenv FILE: the variables as `grub-editenv FILE list` prints them (NAME=VALUE lines, in
// file order, up to where GRUB stops); "refused" when GRUB refuses the block.
int dump_grubenv(const std::string& path) {
    auto parsed = model::parse_grubenv(read(path));
    if (auto* err = std::get_if<model::ParseError>(&parsed)) {
        std::cout << "refused\n";
        std::cerr << err->describe() << "\n";
        return 0;
    }
    for (const auto& [name, value] : std::get<model::GrubEnv>(parsed).variables)
        std::cout << name << "=" << value << "\n";
    return 0;
}

// grub-script FILE: "accepted" or "refused", as grub-script-check decides for the file.
int dump_grub_script(const std::string& path) {
    auto parsed = model::parse_grub_script(read(path));
    if (auto* err = std::get_if<model::ParseError>(&parsed)) {
        std::cout << "refused\n";
        std::cerr << err->describe() << "\n";
        return 0;
    }
    std::cout << "accepted\n";
    return 0;
}

int main(int argc, char** argv) {
    if (argc >= 4 && std::string(argv[1]) == "group") return dump_group(argc, argv);
    if (argc >= 2 && std::string(argv[1]) == "shell") return dump_shell(argc, argv);
    if (argc != 3) {
        std::cerr << "usage: reader_dump firewalld ROOT | iptables FILE | nftables FILE\n";
        return 2;
    }
    const std::string kind = argv[1];
    if (kind == "firewalld") return dump_firewalld(argv[2]);
    if (kind == "iptables") return dump_iptables(argv[2]);
    if (kind == "nftables") return dump_nftables(argv[2]);
    if (kind == "fstab") return dump_fstab(argv[2]);
    if (kind == "crypttab") return dump_crypttab(argv[2]);
    if (kind == "grubenv") return dump_grubenv(argv[2]);
    if (kind == "grub-script") return dump_grub_script(argv[2]);
    return 2;
}
