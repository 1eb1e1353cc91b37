#include "cli/scan_command.h"

#include <gtest/gtest.h>

namespace oscapvirt::cli {
namespace {

std::optional<ScanRequest> parse(const std::vector<std::string>& arguments, std::string& error,
                                 const std::optional<std::string>& root = std::nullopt) {
    return parse_scan_arguments(arguments, root, std::nullopt, error);
}

TEST(ScanCommand, DefaultsToTheHostProfileAndTheInstalledDatastream) {
    std::string error;
    const auto request = parse({}, error);
    ASSERT_TRUE(request);
    EXPECT_EQ(request->profile, "virt_host");
    EXPECT_NE(request->datastream.find("share/xml/scap/oscap-virt/oscap-virt-ds.xml"), std::string::npos);
    EXPECT_FALSE(request->root);
    EXPECT_FALSE(request->results_arf);
}

TEST(ScanCommand, TakesEveryOptionAndOneDatastream) {
    std::string error;
    const auto request = parse({"--profile", "virt_guest", "--tailoring-file", "t.xml", "--results-arf",
                                "arf.xml", "--report", "r.html", "--root", "/mnt", "--connect", "none",
                                "ds.xml"},
                               error);
    ASSERT_TRUE(request) << error;
    EXPECT_EQ(request->profile, "virt_guest");
    EXPECT_EQ(request->tailoring_file, "t.xml");
    EXPECT_EQ(request->results_arf, "arf.xml");
    EXPECT_EQ(request->report, "r.html");
    EXPECT_EQ(request->root, "/mnt");
    EXPECT_EQ(request->connect, "none");
    EXPECT_EQ(request->datastream, "ds.xml");
}

TEST(ScanCommand, RootGivenBeforeTheCommandIsTheDefault) {
    std::string error;
    const auto request = parse({}, error, std::string("/srv/host"));
    ASSERT_TRUE(request);
    EXPECT_EQ(request->root, "/srv/host");
}

TEST(ScanCommand, RejectsWhatItCannotHonour) {
    std::string error;
    EXPECT_FALSE(parse({"--profile"}, error));
    EXPECT_NE(error.find("needs a value"), std::string::npos);
    EXPECT_FALSE(parse({"--remediate"}, error));
    EXPECT_NE(error.find("unknown"), std::string::npos);
    EXPECT_FALSE(parse({"a.xml", "b.xml"}, error));
    EXPECT_NE(error.find("one datastream"), std::string::npos);
}

TEST(ScanCommand, HelpIsNotAnError) {
    std::string error;
    EXPECT_FALSE(parse({"--help"}, error));
    EXPECT_TRUE(error.empty());
}

}  // namespace
}  // namespace oscapvirt::cli
