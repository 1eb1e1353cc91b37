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

// The daemons' socket units as on a root without any: every one not found.
facts::LibvirtSocketUnits no_socket_units() {
    facts::LibvirtSocketUnits units;
    for (const std::string& daemon : facts::kLibvirtDaemons)
        for (const char* suffix :
             {".socket", "-ro.socket", "-admin.socket", "-tcp.socket", "-tls.socket"})
            units.emplace(
                daemon + suffix,
                facts::SocketUnitReading{facts::UnitReading(facts::UnitStatus{}),
                                         facts::Reading<model::LoadedUnit>(model::LoadedUnit{})});
    return units;
}

model::UnitFile unit_file(const std::string& path, const std::string& text) {
    return {path, false, text};
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
        EXPECT_EQ(check->title, text.title);
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
    snapshot.libvirt_socket_units = no_socket_units();
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

namespace oscapvirt {
namespace {

TEST(LibvirtSocketUnitCheck, SocketModeAsSystemdLoadsIt) {
    facts::Snapshot snapshot;
    // Not collected (a remote host): an error, never a pass.
    EXPECT_EQ(run("libvirt_admin_socket_private", snapshot).result, checks::Result::Error);
    snapshot.libvirt_socket_units = no_socket_units();
    EXPECT_EQ(run("libvirt_admin_socket_private", snapshot).result, checks::Result::Pass);
    auto& admin = snapshot.libvirt_socket_units->at("virtqemud-admin.socket");
    const auto unit =
        unit_file("/usr/lib/systemd/system/virtqemud-admin.socket", "[Socket]\nSocketMode=0600\n");
    const auto open = unit_file("/etc/systemd/system/virtqemud-admin.socket.d/10-open.conf",
                                "[Socket]\nSocketMode=0666\n");
    auto with = [&](std::vector<model::UnitFile> dropins, model::UnitFile file) {
        admin.loaded = facts::Reading<model::LoadedUnit>(model::LoadedUnit{file, dropins});
        return run("libvirt_admin_socket_private", snapshot).result;
    };
    EXPECT_EQ(with({}, unit), checks::Result::Pass);
    EXPECT_EQ(with({open}, unit), checks::Result::Fail);
    // An empty or non-octal value is ignored (config_parse_mode): the 0666 stays.
    EXPECT_EQ(with({open, unit_file("/etc/x/20.conf", "[Socket]\nSocketMode=\n")}, unit),
              checks::Result::Fail);
    EXPECT_EQ(with({open, unit_file("/etc/x/20.conf", "[Socket]\nSocketMode=u+rw\n")}, unit),
              checks::Result::Fail);
    EXPECT_EQ(with({open, unit_file("/etc/x/20.conf", "[Socket]\nSocketMode=0660\n")}, unit),
              checks::Result::Pass);
    // No assignment at all: systemd's 0666.
    EXPECT_EQ(with({}, unit_file("/etc/systemd/system/virtqemud-admin.socket", "[Socket]\n")),
              checks::Result::Fail);
    // Masked: never started.
    EXPECT_EQ(with({open}, model::UnitFile{"/etc/systemd/system/virtqemud-admin.socket", true, ""}),
              checks::Result::Pass);
    admin.loaded = facts::Reading<model::LoadedUnit>(facts::ReadError{"/etc/x", "a FIFO"});
    EXPECT_EQ(run("libvirt_admin_socket_private", snapshot).result, checks::Result::Error);
}

TEST(LibvirtSocketUnitCheck, EnabledOrEnabledRuntimeFails) {
    facts::Snapshot snapshot;
    snapshot.libvirt_socket_units = no_socket_units();
    EXPECT_EQ(run("libvirt_no_plain_tcp_listener", snapshot).result, checks::Result::Pass);
    auto& tcp = snapshot.libvirt_socket_units->at("virtproxyd-tcp.socket").state;
    for (const auto state : {model::UnitState::Enabled, model::UnitState::EnabledRuntime}) {
        tcp->state = state;
        EXPECT_EQ(run("libvirt_no_plain_tcp_listener", snapshot).result, checks::Result::Fail);
    }
    tcp->state = model::UnitState::Masked;
    EXPECT_EQ(run("libvirt_no_plain_tcp_listener", snapshot).result, checks::Result::Pass);
    tcp = facts::ReadError{"/etc/systemd/system/sockets.target.wants", "not a directory"};
    EXPECT_EQ(run("libvirt_no_plain_tcp_listener", snapshot).result, checks::Result::Error);
}

}  // namespace
}  // namespace oscapvirt
