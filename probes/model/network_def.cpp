#include "model/network_def.h"

#include <array>
#include <string_view>

#include "model/xml_reader.h"

namespace oscapvirt::model {
namespace {

// virNetworkForward in src/conf/network_conf.c (libvirt 9.0), by its XML names.
constexpr std::array<std::string_view, 9> kForwardModes = {
    "none", "nat", "route", "open", "bridge", "private", "vepa", "passthrough", "hostdev"};

bool known_mode(const std::string& mode) {
    for (std::string_view known : kForwardModes)
        if (mode == known) return true;
    return false;
}

}  // namespace

Parsed<NetworkDef> parse_network_xml(std::string_view xml) {
    XmlStream stream(xml);
    if (!stream.next_element()) {
        if (const ParseError* error = stream.error()) return *error;
        return ParseError{0, "empty document"};
    }
    // A state file (/run/libvirt/network) wraps the definition in <networkstatus>.
    if (stream.name() == "networkstatus")
        while (stream.name() != "network" && stream.next_element()) {
        }
    if (const ParseError* error = stream.error()) return *error;
    if (stream.name() != "network") return ParseError{0, "no <network> element"};
    xmlNodePtr node = stream.expand();
    if (!node) return *stream.error();
    NetworkDef network;
    if (xmlNodePtr name = first_child(node, "name")) network.name = text_of(name);
    network.forward_mode = "none";
    if (xmlNodePtr forward = first_child(node, "forward")) {
        // virXPathString gives NULL for an empty mode too: both are NAT.
        network.forward_mode = attr(forward, "mode").empty() ? "nat" : attr(forward, "mode");
        if (!known_mode(network.forward_mode))
            return ParseError{0, "unknown forwarding type '" + network.forward_mode + "'"};
    }
    while (stream.next_element()) stream.skip_subtree();
    if (const ParseError* error = stream.error()) return *error;
    if (network.name.empty()) return ParseError{0, "network has no <name>"};
    return network;
}

bool forwards_through_host(const NetworkDef& network) {
    return network.forward_mode == "nat" || network.forward_mode == "route" ||
           network.forward_mode == "open";
}

}  // namespace oscapvirt::model
