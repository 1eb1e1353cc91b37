// The Cyrus SASL configuration reader (libsasl2's sasl_config_init) and the checks that use it,
// with qemu_group_not_root's resolution of group names (libvirt's virGetGroupID).
#include <gtest/gtest.h>

#include "checks/registry.h"
#include "model/sasl_config.h"

namespace oscapvirt {
namespace {

model::SaslConfig parsed(std::string_view text) {
    auto result = model::parse_sasl_config(text);
    EXPECT_TRUE(std::holds_alternative<model::SaslConfig>(result))
        << std::get<model::ParseError>(result).describe();
    return std::holds_alternative<model::SaslConfig>(result) ? std::get<model::SaslConfig>(result)
                                                             : model::SaslConfig{};
}

std::string refusal(std::string_view text) {
    auto result = model::parse_sasl_config(text);
    return std::holds_alternative<model::ParseError>(result)
               ? std::get<model::ParseError>(result).describe()
               : "";
}

TEST(SaslConfig, FirstOptionOfANameWinsAndNamesFoldToLowerCase) {
    const auto config = parsed("# comment\n\n  MECH_LIST: plain\nmech_list: gssapi\n");
    ASSERT_NE(config.find("mech_list"), nullptr);
    EXPECT_EQ(config.find("mech_list")->value, "plain");
    EXPECT_EQ(config.find("mech_list")->line, 3);
}

TEST(SaslConfig, OnlyNewlineEndsALineAndTrailingBlanksGo) {
    EXPECT_EQ(parsed("mech_list: gssapi \t\r\n").find("mech_list")->value, "gssapi");
    EXPECT_EQ(parsed("mech_list: gssapi\rplain").find("mech_list")->value, "gssapi\rplain");
    EXPECT_EQ(parsed("mech_list:gssapi # plain").find("mech_list")->value, "gssapi # plain");
}

TEST(SaslConfig, WhatLibsaslRefusesIsAnError) {
    EXPECT_NE(refusal("mech_list : gssapi\n"), "");  // blank before ':'
    EXPECT_NE(refusal("mech_list\n"), "");           // no ':'
    EXPECT_NE(refusal("mech_list:   \n"), "");       // no value
    EXPECT_NE(refusal("mech.list: x\n"), "");        // '.' is no option-name character
    EXPECT_EQ(refusal(std::string_view("mech_list: a\0b\n", 15)).find("NUL") != std::string::npos,
              true);
    EXPECT_NE(refusal("mech_list: gss\xc3\xa4pi\n"), "");
}

TEST(SaslConfig, LinesLongerThanFgetsBufferGoOnAsNewLines) {
    // 4095 bytes fill fgets' buffer; the rest of the line is read as a line of its own.
    const std::string text = "a: " + std::string(4092, 'x') + "mech_list: plain\n";
    const auto config = parsed(text);
    ASSERT_NE(config.find("mech_list"), nullptr);
    EXPECT_EQ(config.find("mech_list")->line, 2);
}

TEST(SaslConfig, MechListIsSplitAtBlanksOnly) {
    EXPECT_EQ(model::split_mech_list("gssapi  scram-sha-256\tplain"),
              (std::vector<std::string>{"gssapi", "scram-sha-256", "plain"}));
    EXPECT_EQ(model::split_mech_list("gssapi,plain"), (std::vector<std::string>{"gssapi,plain"}));
}

checks::Verdict run(const std::string& id, const facts::Snapshot& snapshot,
                    const checks::Params& params = {}) {
    const checks::Registry registry = checks::all_checks();
    const checks::Check* check = registry.find(id);
    EXPECT_NE(check, nullptr);
    return check->run(snapshot, params);
}

facts::Snapshot sasl_snapshot(const std::string& libvirtd_conf, const std::string& sasl_conf) {
    facts::Snapshot snapshot;
    snapshot.libvirt_confs["libvirtd.conf"] =
        std::get<model::ConfFile>(model::parse_libvirt_conf(libvirtd_conf));
    snapshot.sasl.tcp_sockets["libvirtd-tcp.socket"] = model::UnitState::Disabled;
    snapshot.sasl.tcp_sockets["virtproxyd-tcp.socket"] = model::UnitState::Disabled;
    snapshot.sasl.files = std::vector<facts::SaslConfFile>{
        {"/etc/sasl2/libvirt.conf",
         std::get<model::SaslConfig>(model::parse_sasl_config(sasl_conf))}};
    return snapshot;
}

TEST(SaslStrongMechanisms, JudgedOnlyWhenASocketUsesSasl) {
    using checks::Result;
    const std::string id = "libvirt_sasl_strong_mechanisms";
    EXPECT_EQ(run(id, sasl_snapshot("", "mech_list: plain\n")).result, Result::Pass);
    EXPECT_EQ(run(id, sasl_snapshot("listen_tcp = 1", "mech_list: plain\n")).result, Result::Fail);
    EXPECT_EQ(
        run(id, sasl_snapshot("listen_tcp = 1; auth_tcp = \"none\"", "mech_list: plain\n")).result,
        Result::Pass);
    EXPECT_EQ(run(id, sasl_snapshot("auth_tls = \"sasl\"", "mech_list: GSSAPI\n")).result,
              Result::Pass);
    EXPECT_EQ(run(id, sasl_snapshot("auth_tls = \"sasl\"", "keytab: /k\n")).result, Result::Fail);
    EXPECT_EQ(run(id, sasl_snapshot("auth_tls = \"kerberos\"", "mech_list: gssapi\n")).result,
              Result::Error);
    EXPECT_EQ(run(id, sasl_snapshot("auth_unix_rw = \"sasl\"", "mech_list: digest-md5\n"),
                  {{"LIBVIRT_SASL_ALLOWED_MECHANISMS", "digest-md5"}})
                  .result,
              Result::Pass);
}

TEST(SaslStrongMechanisms, AnUnreadableReadingIsAnError) {
    auto snapshot = sasl_snapshot("auth_tls = \"sasl\"", "mech_list: gssapi\n");
    snapshot.sasl.files = facts::ReadError{"/etc/sasl2/libvirt.conf", "a FIFO"};
    EXPECT_EQ(run("libvirt_sasl_strong_mechanisms", snapshot).result, checks::Result::Error);
    snapshot = sasl_snapshot("", "mech_list: gssapi\n");
    snapshot.sasl.tcp_sockets["libvirtd-tcp.socket"] = facts::ReadError{"unit", "unreadable"};
    EXPECT_EQ(run("libvirt_sasl_strong_mechanisms", snapshot).result, checks::Result::Error);
}

facts::Snapshot group_snapshot(const std::string& qemu_conf) {
    facts::Snapshot snapshot;
    snapshot.libvirt_confs["qemu.conf"] =
        std::get<model::ConfFile>(model::parse_libvirt_conf(qemu_conf));
    snapshot.qemu_group.groups = model::parse_group_file("root:x:0:\nwheel:x:0:\nqemu:x:107:\n");
    snapshot.qemu_group.state_dir = std::optional<sources::FileStatus>{};
    return snapshot;
}

TEST(QemuGroupNotRoot, ResolvedAsVirGetGroupIDDoes) {
    using checks::Result;
    const std::string id = "qemu_group_not_root";
    EXPECT_EQ(run(id, group_snapshot("group = \"qemu\"")).result, Result::Pass);
    EXPECT_EQ(run(id, group_snapshot("group = \"wheel\"")).result, Result::Fail);
    EXPECT_EQ(run(id, group_snapshot("group = \"+107\"")).result, Result::Pass);
    EXPECT_EQ(run(id, group_snapshot("group = \"+0\"")).result, Result::Fail);
    EXPECT_EQ(run(id, group_snapshot("group = \"-0\"")).result, Result::Fail);
    EXPECT_EQ(run(id, group_snapshot("group = \" 0\"")).result, Result::Fail);
    EXPECT_EQ(run(id, group_snapshot("group = \"+qemu\"")).result,
              Result::Error);  // '+' is numeric
    EXPECT_EQ(run(id, group_snapshot("group = \"4294967296\"")).result, Result::Error);
    EXPECT_EQ(run(id, group_snapshot("group = \"-4294967295\"")).result, Result::Pass);  // gid 1
    EXPECT_EQ(run(id, group_snapshot("group = \"\"")).result, Result::Error);
    EXPECT_EQ(run(id, group_snapshot("group = \"nosuch\"")).result, Result::Error);
    EXPECT_EQ(run(id, group_snapshot("")).result, Result::Error);  // unset, no state directory
    auto unset = group_snapshot("");
    unset.qemu_group.state_dir =
        std::optional<sources::FileStatus>{sources::FileStatus{040755, 0, 107}};
    EXPECT_EQ(run(id, unset).result, Result::Pass);
    unset.qemu_group.state_dir =
        std::optional<sources::FileStatus>{sources::FileStatus{040755, 107, 0}};
    EXPECT_EQ(run(id, unset).result, Result::Fail);
    auto no_groups = group_snapshot("group = \"qemu\"");
    no_groups.qemu_group.groups = facts::ReadError{"/etc/group", "a FIFO"};
    EXPECT_EQ(run(id, no_groups).result, Result::Error);
}

}  // namespace
}  // namespace oscapvirt
