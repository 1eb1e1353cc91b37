// The OS configuration readers on the cases their programs decide in a way a line regex does
// not; the differential tests prove them against the programs on generated inputs.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "facts/os_facts.h"
#include "model/selinux_config.h"
#include "model/sshd_config.h"
#include "model/sysctl.h"

namespace oscapvirt {
namespace {

using model::SelinuxMode;

TEST(SelinuxConfigTest, OnlyExactTagWithKnownModeCounts) {
    EXPECT_EQ(model::parse_selinux_config("SELINUX=Enforcing\n").mode, SelinuxMode::Enforcing);
    EXPECT_FALSE(model::parse_selinux_config("SELINUX=\"enforcing\"\n").mode);
    EXPECT_FALSE(model::parse_selinux_config(" SELINUX=enforcing\n").mode);
    EXPECT_FALSE(model::parse_selinux_config("SELINUX = enforcing\n").mode);
    const auto first =
        model::parse_selinux_config("SELINUX=bogus\nSELINUX=permissive\nSELINUX=enforcing\n");
    EXPECT_EQ(first.mode, SelinuxMode::Permissive);
    EXPECT_EQ(first.mode_line, 2);
}

TEST(SelinuxConfigTest, PolicyTypeKeepsQuotesAndLastWins) {
    EXPECT_EQ(model::parse_selinux_config("SELINUXTYPE=\"targeted\"\n").policy_type,
              "\"targeted\"");
    EXPECT_EQ(model::parse_selinux_config("  selinuxtype=mls \nSELINUXTYPE=minimum\n").policy_type,
              "minimum");
    const auto unset = model::parse_selinux_config("SELINUX=enforcing\n");
    EXPECT_FALSE(unset.policy_type);
    EXPECT_EQ(unset.effective_policy_type(), "targeted");
}

model::SshdConfig sshd(const std::string& main, const std::string& included = "") {
    auto resolver = [&](const std::string&) -> model::SshdIncludeResult {
        return std::vector<model::SshdSource>{{"/etc/ssh/sshd_config.d/a.conf", included}};
    };
    auto parsed = model::parse_sshd_config({"/etc/ssh/sshd_config", main}, resolver);
    EXPECT_TRUE(std::holds_alternative<model::SshdConfig>(parsed));
    return std::get<model::SshdConfig>(parsed);
}

TEST(SshdConfigTest, FirstValueWinsAndIncludeIsReadInPlace) {
    auto config =
        sshd("Include sshd_config.d/*.conf\nPermitRootLogin no\n", "PermitRootLogin yes\n");
    ASSERT_TRUE(config.permit_root_login);
    EXPECT_EQ(config.permit_root_login->value, "yes");
    EXPECT_EQ(config.permit_root_login->file, "/etc/ssh/sshd_config.d/a.conf");
    EXPECT_EQ(sshd("PermitRootLogin=\"No\"\n").permit_root_login->value, "no");
}

TEST(SshdConfigTest, MatchBlocksAreConditional) {
    auto config = sshd("Match User bob\nPermitRootLogin no\n");
    EXPECT_FALSE(config.permit_root_login);
    ASSERT_EQ(config.conditional_permit_root_login.size(), 1u);
    EXPECT_EQ(config.permit_root_login_for_any_connection(), "prohibit-password");
    auto all = sshd("PermitRootLogin no\nMatch all\nPermitRootLogin yes\n");
    EXPECT_EQ(all.permit_root_login->value, "no");
    EXPECT_EQ(all.permit_root_login_for_any_connection(), "yes");
}

TEST(SshdConfigTest, WhatSshdRefusesIsAnError) {
    auto resolver = [](const std::string&) -> model::SshdIncludeResult {
        return std::vector<model::SshdSource>{};
    };
    for (const char* text :
         {"PermitRootLogin maybe\n", "PermitRootLogon no\n", "PermitRootLogin\n",
          "Match User bob\nPort 22\n", "Match Foo bar\n", "PermitRootLogin no yes\n"})
        EXPECT_TRUE(std::holds_alternative<model::ParseError>(
            model::parse_sshd_config({"/etc/ssh/sshd_config", text}, resolver)))
            << text;
}

TEST(SysctlTest, SelectionOrderAndOverrides) {
    const auto files = model::select_sysctl_files(
        {{"/etc/sysctl.d", {"50-x.conf", ".hidden.conf", "README"}},
         {"/usr/lib/sysctl.d", {"50-x.conf", "10-y.conf", "99-z.conf"}}});
    EXPECT_EQ(files,
              (std::vector<std::string>{"/usr/lib/sysctl.d/10-y.conf", "/etc/sysctl.d/50-x.conf",
                                        "/usr/lib/sysctl.d/99-z.conf"}));
}

TEST(SysctlTest, OneForwardingSwitchGlobsAndNegativeKeys) {
    model::SysctlOptions options;
    options.add_file("net.ipv4.ip_forward = 1\nnet/ipv4/conf/all/forwarding = 0\n", "a");
    auto writes = model::sysctl_writes(options, model::kIpv4ForwardingKeys);
    ASSERT_EQ(writes.size(), 2u);
    EXPECT_EQ(writes.back().stored, 0);

    model::SysctlOptions shielded;
    shielded.add_file("net.ipv4.conf.*.forwarding = 1\n-net.ipv4.conf.all.forwarding\n", "b");
    EXPECT_TRUE(model::sysctl_writes(shielded, model::kIpv4ForwardingKeys).empty());
    EXPECT_EQ(model::normalize_sysctl_key("net.ipv4.conf.eth0/1.forwarding"),
              "net/ipv4/conf/eth0.1/forwarding");
    EXPECT_EQ(model::kernel_int_value("0x1"), 1);
    EXPECT_FALSE(model::kernel_int_value("on"));
}

TEST(OsFactsTest, GlobStaysInsideTheRoot) {
    namespace fs = std::filesystem;
    char pattern[] = "/tmp/os-facts-test.XXXXXX";
    const fs::path root = mkdtemp(pattern);
    fs::create_directories(root / "etc/ssh/sshd_config.d");
    std::ofstream(root / "etc/ssh/sshd_config.d/20-b.conf") << "x";
    std::ofstream(root / "etc/ssh/sshd_config.d/10-a.conf") << "x";
    std::ofstream(root / "etc/ssh/sshd_config.d/.hidden.conf") << "x";
    fs::create_symlink("/etc/ssh/sshd_config.d/10-a.conf",
                       root / "etc/ssh/sshd_config.d/30-link.conf");
    auto opened = sources::RootFs::open(root);
    const auto& rootfs = std::get<sources::RootFs>(opened);
    auto found = facts::glob_in_root(rootfs, "/etc/ssh/sshd_config.d/*.conf");
    ASSERT_TRUE(std::holds_alternative<std::vector<std::string>>(found));
    EXPECT_EQ(std::get<std::vector<std::string>>(found),
              (std::vector<std::string>{"/etc/ssh/sshd_config.d/10-a.conf",
                                        "/etc/ssh/sshd_config.d/20-b.conf",
                                        "/etc/ssh/sshd_config.d/30-link.conf"}));
    auto link = rootfs.read_link("/etc/ssh/sshd_config.d/30-link.conf");
    EXPECT_EQ(std::get<std::optional<std::string>>(link), "/etc/ssh/sshd_config.d/10-a.conf");
    fs::remove_all(root);
}

}  // namespace
}  // namespace oscapvirt
