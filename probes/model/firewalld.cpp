#include "model/firewalld.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "model/xml_reader.h"

namespace oscapvirt::model {
namespace {

std::string_view trim(std::string_view text) {
    // Python's str.strip(): ASCII whitespace (and a few more we never see in these files).
    const char* blanks = " \t\r\n\v\f";
    const size_t start = text.find_first_not_of(blanks);
    if (start == std::string_view::npos) return {};
    return text.substr(start, text.find_last_not_of(blanks) - start + 1);
}

// ---- XML: a SAX-like walk, because firewalld's handlers are SAX handlers ---------------------

using Attrs = std::map<std::string, std::string>;

struct ElementRules {
    std::vector<std::string> required;
    std::vector<std::string> optional;
};
using Grammar = std::map<std::string, ElementRules>;

// PARSER_REQUIRED_ELEMENT_ATTRS / PARSER_OPTIONAL_ELEMENT_ATTRS of zone.py and policy.py.
const Grammar& common_rule_grammar() {
    static const Grammar grammar = {
        {"short", {}},
        {"description", {}},
        {"service", {{"name"}, {}}},
        {"port", {{"port", "protocol"}, {}}},
        {"icmp-block", {{"name"}, {}}},
        {"icmp-type", {{"name"}, {}}},
        {"forward-port", {{"port", "protocol"}, {"to-port", "to-addr"}}},
        {"rule", {{}, {"family", "priority"}}},
        {"source", {{}, {"address", "mac", "invert", "family", "ipset"}}},
        {"destination", {{}, {"address", "invert", "ipset"}}},
        {"protocol", {{"value"}, {}}},
        {"source-port", {{"port", "protocol"}, {}}},
        {"log", {{}, {"prefix", "level"}}},
        {"nflog", {{}, {"group", "prefix", "queue-size"}}},
        {"audit", {}},
        {"accept", {}},
        {"reject", {{}, {"type"}}},
        {"drop", {}},
        {"mark", {{"set"}, {}}},
        {"limit", {{"value"}, {}}},
        {"tcp-mss-clamp", {{}, {"value"}}},
    };
    return grammar;
}

Grammar zone_grammar() {
    Grammar grammar = common_rule_grammar();
    grammar["zone"] = {{}, {"name", "immutable", "target", "version"}};
    grammar["forward"] = {};
    grammar["interface"] = {{"name"}, {}};
    grammar["masquerade"] = {{}, {"enabled"}};
    grammar["icmp-block-inversion"] = {};
    return grammar;
}

Grammar policy_grammar() {
    Grammar grammar = common_rule_grammar();
    grammar["policy"] = {{"target"}, {"version", "priority"}};
    grammar["masquerade"] = {};
    grammar["ingress-zone"] = {{"name"}, {}};
    grammar["egress-zone"] = {{"name"}, {}};
    return grammar;
}

const Grammar& service_grammar() {
    static const Grammar grammar = {
        {"short", {}},
        {"description", {}},
        {"service", {{}, {"name", "version"}}},
        {"port", {{}, {"port", "protocol"}}},
        {"protocol", {{}, {"value"}}},
        {"module", {{}, {"name"}}},
        {"destination", {{}, {"ipv4", "ipv6"}}},
        {"source-port", {{}, {"port", "protocol"}}},
        {"include", {{}, {"service"}}},
        {"helper", {{}, {"name"}}},
    };
    return grammar;
}

// parser_check_element_attrs() of io_object.py: what makes firewalld refuse the file.
std::string check_element(const Grammar& grammar, const std::string& name, const Attrs& attrs) {
    const auto rules = grammar.find(name);
    if (rules == grammar.end()) return "unexpected element <" + name + ">";
    std::set<std::string> left;
    for (const auto& [key, value] : attrs) left.insert(key);
    for (const std::string& key : rules->second.required) {
        if (!left.erase(key)) return "missing attribute " + key + " of <" + name + ">";
    }
    for (const std::string& key : rules->second.optional) left.erase(key);
    if (!left.empty()) return "<" + name + ">: unexpected attribute " + *left.begin();
    return {};
}

std::string qualified_name(xmlNodePtr node) {
    std::string name = reinterpret_cast<const char*>(node->name);
    if (node->ns && node->ns->prefix)
        name = reinterpret_cast<const char*>(node->ns->prefix) + (":" + name);
    return name;
}

Attrs attributes_of(xmlNodePtr node) {
    Attrs attrs;
    for (xmlAttrPtr a = node->properties; a; a = a->next) {
        std::string name = reinterpret_cast<const char*>(a->name);
        if (a->ns && a->ns->prefix)
            name = reinterpret_cast<const char*>(a->ns->prefix) + (":" + name);
        XmlString value(a->ns ? xmlGetNsProp(node, a->name, a->ns->href)
                              : xmlGetNoNsProp(node, a->name));
        attrs[name] = value ? reinterpret_cast<const char*>(value.get()) : "";
    }
    return attrs;
}

struct SaxHandler {
    virtual ~SaxHandler() = default;
    virtual void start(const std::string& name, const Attrs& attrs) = 0;
    virtual void end(const std::string& name) = 0;
    std::string fatal;  // why firewalld would refuse the file
};

void walk(xmlNodePtr node, SaxHandler& handler) {
    for (; node && handler.fatal.empty(); node = node->next) {
        if (node->type != XML_ELEMENT_NODE) continue;
        const std::string name = qualified_name(node);
        handler.start(name, attributes_of(node));
        walk(node->children, handler);
        if (handler.fatal.empty()) handler.end(name);
    }
}

template <typename Item>
Parsed<Item> run_sax(std::string_view xml, SaxHandler& handler, Item& item) {
    XmlStream stream(xml);
    if (!stream.next_element()) {
        if (const ParseError* error = stream.error()) return *error;
        return ParseError{0, "empty document"};
    }
    xmlNodePtr root = stream.expand();
    if (!root) return *stream.error();
    // Walk the tree before the stream moves on: the reader frees nodes it has left behind.
    xmlNodePtr saved_next = root->next;
    root->next = nullptr;
    walk(root, handler);
    root->next = saved_next;
    // Nothing may follow the root element but comments and blanks.
    while (stream.next_element()) stream.skip_subtree();
    if (const ParseError* error = stream.error()) return *error;
    if (!handler.fatal.empty()) return ParseError{0, handler.fatal};
    return item;
}

// check_port() of io_object.py and getPortRange() of functions.py for numeric ports: "N" or
// "N-M" (either order; equal ends make one port), 0..65535, written back as firewalld stores it
// ("LOW-HIGH"). Port names, which firewalld resolves through the scanning machine's
// /etc/services, are refused.
std::optional<std::string> normalize_port(const std::string& port) {
    auto number = [](std::string_view text) -> std::optional<int> {
        if (text.empty() || text.size() > 9 ||
            !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return std::nullopt;
        const int value = std::stoi(std::string(text));
        if (value > 65535) return std::nullopt;
        return value;
    };
    const size_t dash = port.find('-');
    if (dash == std::string::npos) {
        const auto single = number(port);
        if (!single) return std::nullopt;
        return std::to_string(*single);
    }
    const auto low = number(std::string_view(port).substr(0, dash));
    const auto high = number(std::string_view(port).substr(dash + 1));
    if (!low || !high) return std::nullopt;
    if (*low == *high) return std::to_string(*low);
    return std::to_string(std::min(*low, *high)) + "-" + std::to_string(std::max(*low, *high));
}

bool valid_port(const std::string& port) { return normalize_port(port).has_value(); }

bool valid_tcpudp(const std::string& protocol) {
    return protocol == "tcp" || protocol == "udp" || protocol == "sctp" || protocol == "dccp";
}

std::string render(const RichRule& rule) {
    std::string text = "rule";
    if (!rule.family.empty()) text += " family=\"" + rule.family + "\"";
    if (rule.priority != 0) text += " priority=\"" + std::to_string(rule.priority) + "\"";
    if (rule.has_source)
        text += std::string(" source") + (rule.source_invert ? " NOT" : "") + " " + rule.source;
    if (rule.has_destination) text += " destination";
    if (!rule.element.empty()) text += " " + rule.element;
    if (!rule.element_value.empty()) text += " " + rule.element_value;
    if (!rule.element_protocol.empty()) text += "/" + rule.element_protocol;
    if (!rule.action.empty()) text += " " + rule.action;
    return text;
}

// common_startElement / common_endElement of policy.py with the zone and policy specifics.
class RulesHandler : public SaxHandler {
   public:
    RulesHandler(const Grammar& grammar, FirewalldRules& rules)
        : grammar_(grammar), rules_(rules) {}

    void start(const std::string& name, const Attrs& attrs) override {
        if (rule_error_) return;
        if (std::string why = check_element(grammar_, name, attrs); !why.empty()) {
            fatal = why;
            return;
        }
        if (!common_start(name, attrs) && fatal.empty()) specific_start(name, attrs);
    }

    void end(const std::string& name) override {
        if (name == "rule") {
            if (!rule_error_ && in_rule_ && rule_is_valid()) {
                rule_.text = render(rule_);
                const bool seen =
                    std::any_of(rules_.rich_rules.begin(), rules_.rich_rules.end(),
                                [&](const RichRule& r) { return r.text == rule_.text; });
                if (!seen) rules_.rich_rules.push_back(rule_);
            }
            in_rule_ = false;
            rule_error_ = false;
        } else if (name == "accept" || name == "reject" || name == "drop" || name == "mark" ||
                   name == "log" || name == "audit") {
            limit_target_ = LimitTarget::None;
        }
    }

   protected:
    virtual void specific_start(const std::string& name, const Attrs& attrs) = 0;

    // A second element in a rule, or one outside any rule where only rules allow it.
    bool rule_element(const std::string& kind, std::string value, std::string protocol = {}) {
        if (!rule_.element.empty()) {
            rule_error_ = true;
            return true;
        }
        rule_.element = kind;
        rule_.element_value = std::move(value);
        rule_.element_protocol = std::move(protocol);
        return true;
    }

    static void add_unique(std::vector<std::string>& list, const std::string& value) {
        if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
    }

    bool common_start(const std::string& name, const Attrs& a) {
        auto get = [&](const char* key) {
            const auto found = a.find(key);
            return found == a.end() ? std::string() : found->second;
        };
        if (name == "short" || name == "description") return true;
        if (name == "service") {
            if (in_rule_) return rule_element("service", get("name"));
            add_unique(rules_.services, get("name"));
            return true;
        }
        if (name == "port" || name == "source-port") {
            if (in_rule_) return rule_element(name, get("port"), get("protocol"));
            if (!valid_port(get("port")) || !valid_tcpudp(get("protocol"))) {
                fatal = "invalid " + name + " " + get("port") + "/" + get("protocol");
                return true;
            }
            (name == "port" ? rules_.ports : rules_.source_ports)
                .push_back({*normalize_port(get("port")), get("protocol")});
            return true;
        }
        if (name == "protocol") {
            if (in_rule_) return rule_element("protocol", get("value"));
            add_unique(rules_.protocols, get("value"));
            return true;
        }
        if (name == "tcp-mss-clamp") {
            if (in_rule_) return rule_element("tcp-mss-clamp", get("value"));
            return true;
        }
        if (name == "icmp-block" || name == "icmp-type") {
            if (in_rule_) return rule_element(name, get("name"));
            return true;
        }
        if (name == "masquerade") {
            if (in_rule_) return rule_element("masquerade", {});
            return true;
        }
        if (name == "forward-port") {
            if (in_rule_) return rule_element("forward-port", get("port"), get("protocol"));
            if (!valid_port(get("port")) || !valid_tcpudp(get("protocol")) ||
                (!get("to-port").empty() && !valid_port(get("to-port")))) {
                fatal = "invalid forward-port " + get("port") + "/" + get("protocol");
                return true;
            }
            const FirewalldForwardPort entry{
                *normalize_port(get("port")), get("protocol"),
                get("to-port").empty() ? "" : *normalize_port(get("to-port")), get("to-addr")};
            const bool seen =
                std::any_of(rules_.forward_ports.begin(), rules_.forward_ports.end(),
                            [&](const FirewalldForwardPort& f) {
                                return f.port == entry.port && f.protocol == entry.protocol &&
                                       f.to_port == entry.to_port && f.to_addr == entry.to_addr;
                            });
            if (!seen) rules_.forward_ports.push_back(entry);
            return true;
        }
        if (name == "destination") {
            if (!in_rule_) {
                rule_error_ = true;
                return true;
            }
            if (!rule_.has_destination) rule_.has_destination = true;
            return true;
        }
        if (name == "accept" || name == "reject" || name == "drop" || name == "mark") {
            if (!in_rule_ || !rule_.action.empty()) {
                rule_error_ = true;
                return true;
            }
            rule_.action = name;
            limit_target_ = LimitTarget::Action;
            return true;
        }
        if (name == "log" || name == "nflog") {
            if (!in_rule_ || has_log_) return true;
            has_log_ = true;
            limit_target_ = LimitTarget::Other;
            return true;
        }
        if (name == "audit") {
            if (!in_rule_) return true;
            if (has_audit_) {
                rule_error_ = true;
                return true;
            }
            has_audit_ = true;
            limit_target_ = LimitTarget::Other;
            return true;
        }
        if (name == "rule") {
            const std::string family = get("family");
            if (a.count("family") && family != "ipv4" && family != "ipv6") {
                rule_error_ = true;
                return true;
            }
            int priority = 0;
            if (a.count("priority") && !parse_int(get("priority"), priority)) {
                fatal = "rule priority is not an integer: " + get("priority");
                return true;
            }
            rule_ = RichRule{};
            rule_.family = family;
            rule_.priority = priority;
            in_rule_ = true;
            has_log_ = has_audit_ = false;
            return true;
        }
        if (name == "limit") {
            if (limit_target_ == LimitTarget::None) {
                rule_error_ = true;
                return true;
            }
            if (limit_target_ == LimitTarget::Action) rule_.limited = true;
            return true;
        }
        return false;
    }

    // Python's int(): optional blanks and sign, decimal digits (underscores not accepted here).
    static bool parse_int(std::string_view text, int& value) {
        text = trim(text);
        if (!text.empty() && text[0] == '+') text.remove_prefix(1);
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        return !text.empty() && ec == std::errc() && end == text.data() + text.size();
    }

    // The source of a rule (zone.py and policy.py share this shape).
    void rule_source(const Attrs& a) {
        if (rule_.has_source) {
            rule_error_ = true;
            return;
        }
        rule_.has_source = true;
        const auto invert = a.find("invert");
        if (invert != a.end()) {
            std::string v = invert->second;
            std::transform(v.begin(), v.end(), v.begin(), ::tolower);
            rule_.source_invert = v == "yes" || v == "true";
        }
        if (a.count("address"))
            rule_.source = a.at("address");
        else if (a.count("mac"))
            rule_.source = "mac:" + a.at("mac");
        else if (a.count("ipset"))
            rule_.source = "ipset:" + a.at("ipset");
        source_parts_ = static_cast<int>(a.count("address") + a.count("mac") + a.count("ipset"));
    }

    // Rich_Rule.check() of rich.py, as far as it decides whether the rule is kept (address
    // syntax is not validated: a rule with a source or destination is never unconditional).
    bool rule_is_valid() const {
        if (rule_.family.empty() &&
            ((rule_.has_source && !rule_.source.empty() && rule_.source.rfind("mac:", 0) != 0 &&
              rule_.source.rfind("ipset:", 0) != 0) ||
             rule_.has_destination || rule_.element == "forward-port"))
            return false;
        if (rule_.priority < -32768 || rule_.priority > 32767) return false;
        if (rule_.element.empty() && (!has_log_ || rule_.priority == 0)) {
            if (rule_.action.empty()) return false;
            if (!rule_.has_source && !rule_.has_destination && rule_.priority == 0) return false;
        }
        const bool actionless_ok =
            rule_.element == "icmp-block" || rule_.element == "forward-port" ||
            rule_.element == "masquerade" || rule_.element == "tcp-mss-clamp";
        if (!actionless_ok && !has_log_ && !has_audit_ && rule_.action.empty()) return false;
        if (rule_.has_source && source_parts_ != 1) return false;
        if (rule_.element == "service" && rule_.element_value.empty()) return false;
        if ((rule_.element == "port" || rule_.element == "source-port" ||
             rule_.element == "forward-port") &&
            (!valid_port(rule_.element_value) || !valid_tcpudp(rule_.element_protocol)))
            return false;
        return true;
    }

    enum class LimitTarget { None, Action, Other };

    const Grammar& grammar_;
    FirewalldRules& rules_;
    RichRule rule_;
    bool in_rule_ = false;
    bool rule_error_ = false;
    bool has_log_ = false, has_audit_ = false;
    int source_parts_ = 0;
    LimitTarget limit_target_ = LimitTarget::None;
};

class ZoneHandler : public RulesHandler {
   public:
    explicit ZoneHandler(FirewalldZone& zone) : RulesHandler(grammar_store_, zone), zone_(zone) {}

   private:
    void specific_start(const std::string& name, const Attrs& a) override {
        if (name == "zone") {
            const auto target = a.find("target");
            if (target != a.end()) {
                const std::string& t = target->second;
                if (t != "ACCEPT" && t != "%%REJECT%%" && t != "DROP" && t != "{chain}_{zone}" &&
                    t != "default") {
                    fatal = "invalid zone target " + t;
                    return;
                }
                if (t != "" && t != "{chain}_{zone}") zone_.target = t;
            }
        } else if (name == "interface") {
            if (in_rule_ || !a.count("name")) {
                rule_error_ = true;
                return;
            }
            add_unique(zone_.interfaces, a.at("name"));
        } else if (name == "source") {
            if (in_rule_) {
                rule_source(a);
                return;
            }
            const bool address = a.count("address"), ipset = a.count("ipset");
            if (address == ipset || a.count("invert")) return;  // ignored with a warning
            add_unique(zone_.sources, address ? a.at("address") : "ipset:" + a.at("ipset"));
        }
    }

    Grammar grammar_store_ = zone_grammar();
    FirewalldZone& zone_;
};

class PolicyHandler : public RulesHandler {
   public:
    explicit PolicyHandler(FirewalldPolicy& policy)
        : RulesHandler(grammar_store_, policy), policy_(policy) {}

   private:
    void specific_start(const std::string& name, const Attrs& a) override {
        if (name == "policy") {
            if (a.count("priority") && !parse_int(a.at("priority"), policy_.priority)) {
                fatal = "policy priority is not an integer: " + a.at("priority");
                return;
            }
            const std::string& t = a.at("target");
            if (t != "ACCEPT" && t != "REJECT" && t != "DROP" && t != "CONTINUE") {
                fatal = "invalid policy target " + t;
                return;
            }
            policy_.target = t;
        } else if (name == "ingress-zone") {
            add_unique(policy_.ingress_zones, a.at("name"));
        } else if (name == "egress-zone") {
            add_unique(policy_.egress_zones, a.at("name"));
        } else if (name == "source") {
            if (!in_rule_) {
                rule_error_ = true;
                return;
            }
            rule_source(a);
        }
    }

    Grammar grammar_store_ = policy_grammar();
    FirewalldPolicy& policy_;
};

// service.py's handler: ports and protocols, includes; everything else is not about ports.
class ServiceHandler : public SaxHandler {
   public:
    explicit ServiceHandler(FirewalldService& service) : service_(service) {}
    void start(const std::string& name, const Attrs& a) override {
        if (std::string why = check_element(service_grammar(), name, a); !why.empty()) {
            fatal = why;
            return;
        }
        auto get = [&](const char* key) {
            const auto found = a.find(key);
            return found == a.end() ? std::string() : found->second;
        };
        if (name == "port" || name == "source-port") {
            // service.py: a port element may have an empty port (protocol only)
            const std::string port = get("port"), protocol = get("protocol");
            if (!port.empty()) {
                if (!valid_port(port) || !valid_tcpudp(protocol)) {
                    fatal = "invalid " + name + " " + port + "/" + protocol;
                    return;
                }
                (name == "port" ? service_.ports : service_.source_ports)
                    .push_back({*normalize_port(port), protocol});
            } else if (name == "port") {
                add_protocol(protocol);
            }
        } else if (name == "protocol") {
            add_protocol(get("value"));
        } else if (name == "include") {
            service_.includes.push_back(get("service"));
        }
    }
    void end(const std::string&) override {}

   private:
    void add_protocol(const std::string& protocol) {
        if (std::find(service_.protocols.begin(), service_.protocols.end(), protocol) ==
            service_.protocols.end())
            service_.protocols.push_back(protocol);
    }
    FirewalldService& service_;
};

}  // namespace

FirewalldConf parse_firewalld_conf(std::string_view text) {
    FirewalldConf conf;
    while (!text.empty()) {
        const size_t end = text.find('\n');
        std::string_view line = trim(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (line.empty() || line[0] == '#' || line[0] == ';') continue;
        const size_t eq = line.find('=');
        if (eq == std::string_view::npos || line.find('=', eq + 1) != std::string_view::npos)
            continue;
        // Only DefaultZone matters here; other keys are firewalld's business.
        const std::string_view value = trim(line.substr(eq + 1));
        if (trim(line.substr(0, eq)) != "DefaultZone" || value.empty()) continue;
        if (conf.default_zone_given) continue;  // "Duplicate option definition": first wins
        conf.default_zone = value;
        conf.default_zone_given = true;
    }
    if (!conf.default_zone_given) conf.default_zone = "public";
    return conf;
}

Parsed<FirewalldZone> parse_firewalld_zone(std::string_view xml) {
    FirewalldZone zone;
    zone.target = "default";
    ZoneHandler handler(zone);
    return run_sax(xml, handler, zone);
}

Parsed<FirewalldPolicy> parse_firewalld_policy(std::string_view xml) {
    FirewalldPolicy policy;
    policy.target = "CONTINUE";
    PolicyHandler handler(policy);
    return run_sax(xml, handler, policy);
}

Parsed<FirewalldService> parse_firewalld_service(std::string_view xml) {
    FirewalldService service;
    ServiceHandler handler(service);
    return run_sax(xml, handler, service);
}

}  // namespace oscapvirt::model

namespace oscapvirt::model {
Parsed<int> count_firewalld_direct_rules(std::string_view xml) {
    XmlStream stream(xml);
    int rules = 0;
    while (stream.next_element())
        if (stream.name() == "rule" || stream.name() == "passthrough") ++rules;
    if (const ParseError* error = stream.error()) return *error;
    return rules;
}
}  // namespace oscapvirt::model
