#pragma once
// firewalld's permanent configuration as firewalld 1.x reads it (firewall/core/io/
// firewalld_conf.py, zone.py, policy.py, service.py, core/rich.py): firewalld.conf, zone, policy
// and service XML files. Bytes in; which files exist and which override which is the caller's.
#include <string>
#include <string_view>
#include <vector>

#include "model/parse_error.h"

namespace oscapvirt::model {

// firewalld.conf (firewalld_conf.py read()): KEY=VALUE lines, '#' or ';' comments. A line with
// more or fewer than one '=', an unknown key, an empty value or a repeated key is ignored.
struct FirewalldConf {
    std::string default_zone;         // "public" (FALLBACK_ZONE) when not set
    bool default_zone_given = false;  // the file names one
};
FirewalldConf parse_firewalld_conf(std::string_view text);

struct FirewalldPort {
    std::string port;  // "22" or "5900-6166"
    std::string protocol;
};

struct FirewalldForwardPort {
    std::string port, protocol, to_port, to_addr;
};

// A rich rule (<rule>) that firewalld keeps: one it would log as invalid and drop is not here.
struct RichRule {
    std::string family;  // "", "ipv4", "ipv6"
    int priority = 0;
    bool has_source = false, source_invert = false;
    std::string source;  // address, mac or "ipset:NAME"
    bool has_destination = false;
    // "service", "port", "protocol", "icmp-block", "icmp-type", "forward-port", "source-port",
    // "masquerade", "tcp-mss-clamp" or "" (the rule matches every packet of its source)
    std::string element;
    std::string element_value;  // service name, port, protocol value, icmp type
    std::string element_protocol;
    std::string action;    // "accept", "reject", "drop", "mark" or "" (log/audit only)
    bool limited = false;  // the action carries a <limit>
    std::string text;      // one-line rendering for evidence
};

// A zone or a policy: what it lets in.
struct FirewalldRules {
    std::string target;  // zone: "default", "ACCEPT", "%%REJECT%%", "DROP"; policy: "CONTINUE"...
    std::vector<std::string> services;
    std::vector<FirewalldPort> ports;
    std::vector<std::string> protocols;
    std::vector<FirewalldPort> source_ports;
    std::vector<FirewalldForwardPort> forward_ports;
    std::vector<RichRule> rich_rules;
};

struct FirewalldZone : FirewalldRules {
    std::vector<std::string> interfaces;
    std::vector<std::string> sources;
};

struct FirewalldPolicy : FirewalldRules {
    int priority = -1;  // DEFAULT_POLICY_PRIORITY
    std::vector<std::string> ingress_zones, egress_zones;
};

struct FirewalldService {
    std::vector<FirewalldPort> ports;
    std::vector<std::string> protocols;
    std::vector<FirewalldPort> source_ports;
    std::vector<std::string> includes;
};

// A file firewalld would refuse to load (not XML, an unexpected element or attribute, a missing
// required attribute, an invalid target) is a ParseError: firewalld then fails to start.
Parsed<FirewalldZone> parse_firewalld_zone(std::string_view xml);
Parsed<FirewalldPolicy> parse_firewalld_policy(std::string_view xml);
Parsed<FirewalldService> parse_firewalld_service(std::string_view xml);

}  // namespace oscapvirt::model

namespace oscapvirt::model {
// /etc/firewalld/direct.xml: whether it adds any rule or passthrough (raw iptables rules that
// firewalld inserts as given; this reader does not judge them).
Parsed<int> count_firewalld_direct_rules(std::string_view xml);
}  // namespace oscapvirt::model
