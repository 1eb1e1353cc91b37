#pragma once
// What oscap-virt knows about one libvirt virtual network definition
// (/etc/libvirt/qemu/networks/*.xml).
#include <string>
#include <string_view>

#include "model/parse_error.h"

namespace oscapvirt::model {

struct NetworkDef {
    std::string name;
    // libvirt's forward type: "none" without <forward> (an isolated network), else the mode;
    // a <forward> without a mode is "nat".
    std::string forward_mode;
};

// As libvirt's virNetworkDefParseXML (src/conf/network_conf.c) reads it: the first <forward>
// element of <network> counts, its mode must be one libvirt knows
// (virNetworkForwardTypeFromString), and a network needs a name.
Parsed<NetworkDef> parse_network_xml(std::string_view xml);

// Whether guests' traffic leaves through the host's own IP stack, which needs the host to
// forward: NAT, routed and open networks (libvirt's networkStartNetworkVirtual turns
// ip_forward on for these); bridged, macvtap and hostdev pools bypass it.
bool forwards_through_host(const NetworkDef& network);

}  // namespace oscapvirt::model
