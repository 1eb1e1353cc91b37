#pragma once
// What one packet-filter rule (an iptables rule or an nftables rule) does to inbound packets,
// as far as the host firewall rules need to know: its verdict, whether it matches every packet,
// and, for rules that accept, what they let in.
#include <string>
#include <utility>
#include <vector>

namespace oscapvirt::model {

struct FilterRule {
    enum class Verdict { None, Accept, Deny, Return, Jump, Goto, Unknown };
    Verdict verdict = Verdict::None;
    std::string target;  // chain of Jump/Goto
    // No match at all: the verdict applies to every packet that reaches the rule.
    bool unconditional = false;
    // Conditions that make an accepting rule harmless or specific:
    bool established_only = false;            // conntrack state ESTABLISHED/RELATED only
    bool loopback_only = false;               // input interface lo only
    bool icmp_only = false;                   // ICMP or ICMPv6 only
    std::vector<std::pair<int, int>> dports;  // destination ports (ranges) it is limited to
    std::string family;                       // "ipv4"/"ipv6" when it only applies to one; "" both
    std::string not_understood;  // a match this reader does not judge (the rule's scope is unknown)
    std::string text;            // the rule as written, for evidence
};

}  // namespace oscapvirt::model
