// libvirt virtual network definitions as virNetworkDefParseXML reads them.
#include <gtest/gtest.h>

#include "model/network_def.h"

namespace oscapvirt::model {
namespace {

NetworkDef parsed(std::string_view xml) {
    auto result = parse_network_xml(xml);
    EXPECT_TRUE(std::holds_alternative<NetworkDef>(result))
        << std::get<ParseError>(result).describe();
    return std::holds_alternative<NetworkDef>(result) ? std::get<NetworkDef>(result) : NetworkDef{};
}

std::string refusal(std::string_view xml) {
    auto result = parse_network_xml(xml);
    return std::holds_alternative<ParseError>(result) ? std::get<ParseError>(result).describe()
                                                      : "";
}

TEST(NetworkDef, NoForwardIsIsolated) {
    const NetworkDef network = parsed("<network><name>iso</name></network>");
    EXPECT_EQ(network.forward_mode, "none");
    EXPECT_FALSE(forwards_through_host(network));
}

TEST(NetworkDef, ForwardWithoutOrWithEmptyModeIsNat) {
    EXPECT_EQ(parsed("<network><name>a</name><forward/></network>").forward_mode, "nat");
    EXPECT_EQ(parsed("<network><name>a</name><forward mode=''/></network>").forward_mode, "nat");
    EXPECT_TRUE(forwards_through_host(parsed("<network><name>a</name><forward/></network>")));
}

TEST(NetworkDef, OnlyNatRouteAndOpenForwardThroughTheHost) {
    for (const char* mode : {"nat", "route", "open"})
        EXPECT_TRUE(forwards_through_host(
            parsed(std::string("<network><name>a</name><forward mode='") + mode + "'/></network>")))
            << mode;
    for (const char* mode : {"bridge", "private", "vepa", "passthrough", "hostdev", "none"})
        EXPECT_FALSE(forwards_through_host(
            parsed(std::string("<network><name>a</name><forward mode='") + mode + "'/></network>")))
            << mode;
}

TEST(NetworkDef, FirstForwardCountsAndCommentsAreNoPartOfIt) {
    EXPECT_EQ(parsed("<network><name>a</name><forward mode='bridge'/><forward mode='nat'/>"
                     "</network>")
                  .forward_mode,
              "bridge");
    EXPECT_EQ(parsed("<network><name>a</name><!-- <forward/> --></network>").forward_mode, "none");
}

TEST(NetworkDef, StateFileWrapsTheDefinition) {
    const NetworkDef network = parsed(
        "<networkstatus><class_id bitmap='0-2'/><network><name>s</name>"
        "<forward mode='route'/></network></networkstatus>");
    EXPECT_EQ(network.name, "s");
    EXPECT_EQ(network.forward_mode, "route");
}

TEST(NetworkDef, WhatLibvirtRefusesIsAnError) {
    EXPECT_NE(refusal("<network><name>a</name><forward mode='masquerade'/></network>")
                  .find("unknown forwarding type"),
              std::string::npos);
    EXPECT_FALSE(refusal("<network><forward/></network>").empty());
    EXPECT_FALSE(refusal("<network><name>a</name>").empty());
    EXPECT_FALSE(refusal("<pool><name>a</name></pool>").empty());
    EXPECT_FALSE(refusal("").empty());
}

}  // namespace
}  // namespace oscapvirt::model
