// The libvirt setting rules, judged over snapshots: the table comes from the rule.xml files.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "checks/registry.h"
#include "cli/scan_target.h"
#include "checks/rule_table.h"
#include "facts/libvirt_conf_facts.h"

namespace oscapvirt {
namespace {

facts::ConfReading conf(const std::string& text) {
    auto parsed = model::parse_libvirt_conf(text);
    if (auto* file = std::get_if<model::ConfFile>(&parsed)) return *file;
    return facts::ReadError{"", std::get<model::ParseError>(parsed).describe()};
}

checks::Verdict run(const std::string& id, const facts::Snapshot& snapshot,
                    const checks::Params& params = {}) {
    static const checks::Registry registry = checks::all_checks();
    const checks::Check* check = registry.find(id);
    EXPECT_NE(check, nullptr) << id;
    return check->run(snapshot, params);
}

bool has_line(const checks::Verdict& verdict, const std::string& text) {
    return std::any_of(
        verdict.evidence.begin(), verdict.evidence.end(),
        [&](const std::string& line) { return line.find(text) != std::string::npos; });
}

TEST(RuleTable, EveryNativeRuleHasItsCheckAndTitle) {
    const checks::Registry registry = checks::all_checks();
    for (const checks::RuleText& text : checks::native_rule_texts()) {
        // Whether the root holds a system is judged by the front end, before any collection.
        if (text.id == oscapvirt::cli::kRootCheckId) continue;
        const checks::Check* check = registry.find(text.id);
        ASSERT_NE(check, nullptr) << text.id << " is declared native in rule.xml but has no check";
        EXPECT_EQ(check->summary, text.title);
    }
    // And every registered check is declared native by a rule.xml (its id is the rule's).
    for (const checks::Check& check : registry.all()) {
        const auto& texts = checks::native_rule_texts();
        EXPECT_TRUE(std::any_of(texts.begin(), texts.end(),
                                [&](const checks::RuleText& text) { return text.id == check.id; }))
            << check.id << " has no rule.xml declaring it native";
    }
    EXPECT_FALSE(checks::setting_rules().empty());
}

TEST(LibvirtSettingCheck, AbsentFileMeansLibvirtsDefault) {
    facts::Snapshot snapshot;  // no /etc/libvirt at all
    const auto spice = run("qemu_spice_tls", snapshot);
    EXPECT_EQ(spice.result, checks::Result::Fail);
    EXPECT_TRUE(has_line(spice, "value=0 from=\"libvirt-default (no file)\""));
    EXPECT_EQ(run("qemu_seccomp_sandbox", snapshot).result, checks::Result::Pass);
}

TEST(LibvirtSettingCheck, FirstAssignmentCarriageReturnAndSemicolon) {
    facts::Snapshot snapshot;
    snapshot.libvirt_confs["qemu.conf"] = conf("# x\rspice_tls = +1; spice_tls = 0\n");
    EXPECT_EQ(run("qemu_spice_tls", snapshot).result, checks::Result::Pass);
    snapshot.libvirt_confs["qemu.conf"] = conf("a = 1; spice_tls = 0\nspice_tls = 1\n");
    EXPECT_EQ(run("qemu_spice_tls", snapshot).result, checks::Result::Fail);
}

TEST(LibvirtSettingCheck, UnusableFileOrValueIsAnError) {
    facts::Snapshot snapshot;
    snapshot.libvirt_confs["qemu.conf"] =
        facts::ReadError{"/etc/libvirt/qemu.conf", "not a regular file"};
    EXPECT_EQ(run("qemu_spice_tls", snapshot).result, checks::Result::Error);
    snapshot.libvirt_confs["qemu.conf"] = conf("spice_tls = -0\n");
    EXPECT_EQ(run("qemu_spice_tls", snapshot).result, checks::Result::Error);
    snapshot.libvirt_confs["libvirtd.conf"] = conf("auth_tcp = \"kerberos\"\n");
    EXPECT_EQ(run("libvirt_auth_tcp_not_none", snapshot).result, checks::Result::Error);
}

TEST(LibvirtSettingCheck, ModularDaemonFilesAndValues) {
    facts::Snapshot snapshot;
    snapshot.libvirt_confs["virtnetworkd.conf"] = conf("auth_unix_rw = \"none\"\n");
    const auto verdict = run("libvirt_unix_rw_auth_not_none", snapshot);
    EXPECT_EQ(verdict.result, checks::Result::Fail);
    EXPECT_TRUE(has_line(verdict, "file=/etc/libvirt/virtnetworkd.conf"));

    snapshot.libvirt_confs["virtqemud.conf"] = conf("audit_level = 1\n");
    EXPECT_EQ(run("virtqemud_audit_level", snapshot, {{"LIBVIRT_MIN_AUDIT_LEVEL", "1"}}).result,
              checks::Result::Pass);
    EXPECT_EQ(run("virtqemud_audit_level", snapshot, {{"LIBVIRT_MIN_AUDIT_LEVEL", "2"}}).result,
              checks::Result::Fail);
    // A Value that never reached the check is an error naming it, never a guess.
    const auto missing = run("virtqemud_audit_level", snapshot);
    EXPECT_EQ(missing.result, checks::Result::Error);
    EXPECT_TRUE(has_line(missing, "libvirt_min_audit_level"));
}

TEST(LibvirtSettingCheck, FallbackKeyAndOctalModes) {
    facts::Snapshot snapshot;
    snapshot.libvirt_confs["qemu.conf"] = conf("default_tls_x509_verify = 1\n");
    EXPECT_EQ(run("qemu_vnc_tls_x509_verify", snapshot).result, checks::Result::Pass);
    snapshot.libvirt_confs["libvirtd.conf"] = conf("unix_sock_admin_perms = \"0770\"\n");
    EXPECT_EQ(run("libvirt_admin_socket_private", snapshot).result, checks::Result::Pass);
    snapshot.libvirt_confs["libvirtd.conf"] = conf("unix_sock_admin_perms = \"0701\"\n");
    EXPECT_EQ(run("libvirt_admin_socket_private", snapshot).result, checks::Result::Fail);
    snapshot.libvirt_confs["libvirtd.conf"] = conf("unix_sock_admin_perms = \"rwx\"\n");
    EXPECT_EQ(run("libvirt_admin_socket_private", snapshot).result, checks::Result::Error);
}

TEST(Passwd, FirstNameWinsAndBadLinesAreSkipped) {
    const auto accounts = model::parse_passwd(
        "# comment\nroot:x:0:0::/root:/bin/sh\nbroken\nqemu:x:abc:1::/:/x\nqemu:x:107:107::/:/x\n"
        "toor:x:0:0::/:/x");
    EXPECT_EQ(model::uid_of(accounts, "qemu"), 107UL);
    EXPECT_EQ(model::uid_of(accounts, "toor"), 0UL);
    EXPECT_EQ(model::uid_of(accounts, "broken"), std::nullopt);
}

TEST(QemuUserCheck, ResolvesNamesAsVirGetUserID) {
    facts::Snapshot snapshot;
    snapshot.qemu_user.passwd = model::parse_passwd("root:x:0:0::/:/x\nqemu:x:107:107::/:/x\n");
    auto result = [&](const std::string& conf_text) {
        snapshot.libvirt_confs["qemu.conf"] = conf(conf_text);
        return run("qemu_user_not_root", snapshot).result;
    };
    EXPECT_EQ(result("user = \"qemu\"\n"), checks::Result::Pass);
    EXPECT_EQ(result("user = \"+0\"\n"), checks::Result::Fail);
    EXPECT_EQ(result("user = \"0\"\n"), checks::Result::Fail);  // no account "0": the number
    EXPECT_EQ(result("user = \"+107\"\n"), checks::Result::Pass);
    EXPECT_EQ(result("user = \"nobody\"\n"), checks::Result::Error);
    EXPECT_EQ(result("user = \"root\"; user = \"qemu\"\n"), checks::Result::Fail);
    // Unset: the owner of the state directory, or an error when there is none.
    EXPECT_EQ(result("# nothing\n"), checks::Result::Error);
    snapshot.qemu_user.state_dir = std::optional(sources::FileStatus{040755, 64055, 64055});
    EXPECT_EQ(result("# nothing\n"), checks::Result::Pass);
    snapshot.qemu_user.state_dir = std::optional(sources::FileStatus{040755, 0, 0});
    EXPECT_EQ(result("# nothing\n"), checks::Result::Fail);
}

TEST(LibvirtConfFacts, DaemonConfNames) {
    EXPECT_TRUE(facts::is_daemon_conf_name("qemu.conf"));
    EXPECT_TRUE(facts::is_daemon_conf_name("libvirtd.conf"));
    EXPECT_TRUE(facts::is_modular_daemon_conf_name("virtqemud.conf"));
    EXPECT_FALSE(facts::is_modular_daemon_conf_name("virtd.conf"));
    EXPECT_FALSE(facts::is_modular_daemon_conf_name("virt-qemud.conf"));
    EXPECT_FALSE(facts::is_daemon_conf_name("libvirt.conf"));
}

}  // namespace
}  // namespace oscapvirt
