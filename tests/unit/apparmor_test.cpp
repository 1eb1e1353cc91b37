// AppArmor readers (profiles listing, process labels, policy text, globs) and the A01-A05
// checks over built snapshots.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

#include "checks/registry.h"
#include "facts/apparmor_facts.h"
#include "model/apparmor.h"

namespace oscapvirt {
namespace {

using model::ParseError;

TEST(AppArmorProfiles, ReadsNameAndModeAsTheKernelListsThem) {
    auto parsed = model::parse_apparmor_profiles(
        "libvirt-6b5a9d1c-1111-4222-8333-944455556666 (enforce)\n/usr/sbin/libvirtd (complain)\n"
        "profile with spaces (enforce)\n");
    const auto& list = std::get<std::vector<model::AppArmorProfileState>>(parsed);
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[0].name, "libvirt-6b5a9d1c-1111-4222-8333-944455556666");
    EXPECT_EQ(list[0].mode, "enforce");
    EXPECT_EQ(list[1].mode, "complain");
    EXPECT_EQ(list[2].name, "profile with spaces");
}

TEST(AppArmorProfiles, RejectsALineWithoutMode) {
    auto parsed = model::parse_apparmor_profiles("libvirtd (enforce)\nnonsense\n");
    ASSERT_TRUE(std::holds_alternative<ParseError>(parsed));
    EXPECT_EQ(std::get<ParseError>(parsed).line, 2);
}

TEST(AppArmorLabel, UnconfinedAndConfined) {
    auto unconfined = std::get<model::AppArmorLabel>(model::parse_apparmor_label("unconfined\n"));
    EXPECT_TRUE(unconfined.unconfined());
    auto confined = std::get<model::AppArmorLabel>(
        model::parse_apparmor_label("libvirt-6b5a9d1c-1111-4222-8333-944455556666 (enforce)\n"));
    EXPECT_FALSE(confined.unconfined());
    EXPECT_EQ(confined.mode, "enforce");
    EXPECT_TRUE(std::holds_alternative<ParseError>(model::parse_apparmor_label("")));
    EXPECT_TRUE(
        std::holds_alternative<ParseError>(model::parse_apparmor_label("libvirt-x enforce")));
}

TEST(AppArmorPolicy, FileRulesIncludesProfilesAndVariables) {
    const char* text =
        "#\n# a comment, rw,\n#include <tunables/global>\n"
        "@{LIBVIRT}=\"libvirt\"\n@{IMG} = /srv/a /srv/b\n@{IMG} += /srv/c\n"
        "profile libvirt-x flags=(attach_disconnected) {\n"
        "  #include <abstractions/libvirt-qemu>\n"
        "  include if exists <local/libvirt-x>\n"
        "  ptrace (readby, tracedby) peer=libvirtd,\n"
        "  /etc/pki/libvirt{,-spice,-vnc}/** r,\n"
        "  \"/var/lib/libvirt/images/with space.qcow2\" rwk,\n"
        "  # don't audit writes to readonly files\n"
        "  deny \"/srv/iso\" w,\n"
        "  owner @{HOME}/.pulse-cookie rwk,\n"
        "  rw /srv/perms-first,\n"
        "  / r, # harmless\n"
        "}\n";
    auto parsed = model::parse_apparmor_policy(text);
    ASSERT_TRUE(std::holds_alternative<model::AppArmorPolicyText>(parsed))
        << std::get<ParseError>(parsed).describe();
    const auto& policy = std::get<model::AppArmorPolicyText>(parsed);
    ASSERT_EQ(policy.includes.size(), 3u);
    EXPECT_EQ(policy.includes[1].target, "abstractions/libvirt-qemu");
    EXPECT_TRUE(policy.includes[2].if_exists);
    ASSERT_EQ(policy.profiles.size(), 1u);
    EXPECT_EQ(policy.profiles[0], "libvirt-x");
    EXPECT_EQ(policy.variables.at("IMG"), (std::vector<std::string>{"/srv/a", "/srv/b", "/srv/c"}));
    ASSERT_EQ(policy.file_rules.size(), 6u);
    EXPECT_EQ(policy.file_rules[1].path, "/var/lib/libvirt/images/with space.qcow2");
    EXPECT_TRUE(policy.file_rules[1].writes());
    EXPECT_TRUE(policy.file_rules[2].deny);
    EXPECT_TRUE(policy.file_rules[3].owner);
    EXPECT_EQ(policy.file_rules[4].path, "/srv/perms-first");
    EXPECT_FALSE(policy.file_rules[5].writes());
}

TEST(AppArmorPolicy, BareFileRuleGrantsEverything) {
    auto parsed = model::parse_apparmor_policy("profile p {\n  file,\n}\n");
    const auto& policy = std::get<model::AppArmorPolicyText>(parsed);
    ASSERT_EQ(policy.file_rules.size(), 1u);
    EXPECT_EQ(policy.file_rules[0].path, "/**");
    EXPECT_TRUE(policy.file_rules[0].writes());
}

TEST(AppArmorPolicy, MalformedTextIsAnError) {
    for (const char* text : {"profile p {\n  /etc/shadow rw\n}\n", "profile p {\n  /a rw,\n", "}\n",
                             "profile p {\n  \"/unterminated rw,\n}\n", "  /etc/shadow,\n"})
        EXPECT_TRUE(std::holds_alternative<ParseError>(model::parse_apparmor_policy(text))) << text;
}

TEST(AppArmorPattern, ExpandsVariablesAndAlternations) {
    auto vars = model::default_apparmor_variables();
    auto globs =
        std::get<std::vector<std::string>>(model::expand_apparmor_pattern("@{HOME}/.x{,y}", vars));
    EXPECT_EQ(globs,
              (std::vector<std::string>{"/home/*/.x", "/home/*/.xy", "/root/.x", "/root/.xy"}));
    EXPECT_TRUE(
        std::holds_alternative<ParseError>(model::expand_apparmor_pattern("@{NOPE}/x", vars)));
}

TEST(AppArmorGlob, StarStaysInOneDirectory) {
    EXPECT_TRUE(model::apparmor_glob_matches("/etc/*", "/etc/shadow"));
    EXPECT_FALSE(model::apparmor_glob_matches("/etc/*", "/etc/ssh/sshd_config"));
    EXPECT_TRUE(model::apparmor_glob_matches("/etc/**", "/etc/ssh/sshd_config"));
    EXPECT_TRUE(model::apparmor_glob_matches("/**", "/home/user/.ssh/authorized_keys"));
    EXPECT_TRUE(model::apparmor_glob_matches("/dev/sd[a-z]", "/dev/sda"));
    EXPECT_FALSE(model::apparmor_glob_matches("/dev/sd[^a]", "/dev/sda"));
    EXPECT_TRUE(model::apparmor_glob_matches("/dev/vd?", "/dev/vda"));
    EXPECT_FALSE(model::apparmor_glob_matches("/dev/snd/*", "/dev/sda"));
}

TEST(AppArmorFacts, ProfileNameFromUuid) {
    EXPECT_EQ(facts::guest_profile_name("6B5A9D1C-1111-4222-8333-944455556666").value(),
              "libvirt-6b5a9d1c-1111-4222-8333-944455556666");
    EXPECT_FALSE(facts::guest_profile_name("../../../etc/shadow-aaaa-bbbb-cccc-dddddddddddd"));
    EXPECT_FALSE(facts::guest_profile_name(""));
}

// ---- checks ----------------------------------------------------------------------------------

constexpr const char* kUuid = "6b5a9d1c-1111-4222-8333-944455556666";
constexpr const char* kProfile = "libvirt-6b5a9d1c-1111-4222-8333-944455556666";

facts::AppArmorState active_apparmor() {
    facts::AppArmorState state;
    state.built_in = state.enabled = true;
    state.mode = "enforce";
    state.loaded = std::vector<model::AppArmorProfileState>{{"/usr/sbin/libvirtd", "enforce"},
                                                            {kProfile, "enforce"}};
    return state;
}

facts::Snapshot running_guest_snapshot(const std::string& process_label) {
    facts::Snapshot snapshot;
    snapshot.apparmor = active_apparmor();
    facts::Guest guest;
    guest.name = "web01";
    guest.pid = 4101;
    model::DomainDef live;
    live.name = "web01";
    live.uuid = kUuid;
    model::SecLabel label;
    label.model = "apparmor";
    label.type = "dynamic";
    label.label = kProfile;
    live.seclabels.push_back(label);
    guest.live = live;
    snapshot.inventory.guests.push_back(guest);
    facts::AppArmorLabelReading reading;
    reading.label = std::get<model::AppArmorLabel>(model::parse_apparmor_label(process_label));
    snapshot.apparmor_labels["web01"] = reading;
    return snapshot;
}

checks::Verdict run(const std::string& id, const facts::Snapshot& snapshot) {
    const checks::Registry registry = checks::all_checks();
    return registry.find(id)->run(snapshot, {});
}

TEST(AppArmorChecks, ProcessLabelOwnProfileEnforcedPasses) {
    auto verdict = run("guest_apparmor_process_label",
                       running_guest_snapshot(std::string(kProfile) + " (enforce)\n"));
    EXPECT_EQ(verdict.result, checks::Result::Pass);
}

TEST(AppArmorChecks, ProcessLabelComplainOrUnconfinedFails) {
    EXPECT_EQ(run("guest_apparmor_process_label",
                  running_guest_snapshot(std::string(kProfile) + " (complain)\n"))
                  .result,
              checks::Result::Fail);
    EXPECT_EQ(run("guest_apparmor_process_label", running_guest_snapshot("unconfined\n")).result,
              checks::Result::Fail);
    EXPECT_EQ(
        run("guest_apparmor_process_label",
            running_guest_snapshot("libvirt-00000000-0000-0000-0000-000000000000 (enforce)\n"))
            .result,
        checks::Result::Fail);
}

TEST(AppArmorChecks, NoMacFailsWithSelinuxOffAndAppArmorAbsent) {
    facts::Snapshot snapshot;
    snapshot.selinux = sources::SelinuxState{false, false, "test"};
    snapshot.apparmor = facts::AppArmorState{};
    EXPECT_EQ(run("host_mac_confines_guests", snapshot).result, checks::Result::Fail);
    snapshot.apparmor = active_apparmor();
    EXPECT_EQ(run("host_mac_confines_guests", snapshot).result, checks::Result::Pass);
    snapshot.apparmor = facts::ReadError{"/sys/module/apparmor/parameters/enabled", "unreadable"};
    EXPECT_EQ(run("host_mac_confines_guests", snapshot).result, checks::Result::Error);
}

}  // namespace
}  // namespace oscapvirt

// ---- differential: the reader against AppArmor's own parser ------------------------------
//
// Each case is the text of the local override of the libvirt-qemu abstraction, included into a
// per-guest profile made from Debian's TEMPLATE.qemu; apparmor_parser (package apparmor)
// compiles it without loading it (-Q) against the installed /etc/apparmor.d. The reader must
// accept (parse, and expand every file rule with the stock variables) exactly what
// apparmor_parser accepts.
namespace oscapvirt {
using model::ParseError;

namespace {

std::string read_text(const std::string& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

bool reader_accepts(const std::string& text) {
    auto parsed = model::parse_apparmor_policy(text);
    if (std::holds_alternative<ParseError>(parsed)) return false;
    const auto vars = model::default_apparmor_variables();
    for (const auto& rule : std::get<model::AppArmorPolicyText>(parsed).file_rules)
        if (std::holds_alternative<ParseError>(model::expand_apparmor_pattern(rule.path, vars)))
            return false;
    return true;
}

}  // namespace

TEST(AppArmorDifferential, AcceptsWhatApparmorParserAccepts) {
    const std::string etc = "/etc/apparmor.d";
    ASSERT_EQ(std::system("command -v apparmor_parser > /dev/null"), 0)
        << "apparmor_parser missing: install the package apparmor (cmake/install-deps.sh)";
    ASSERT_FALSE(read_text(etc + "/libvirt/TEMPLATE.qemu").empty())
        << "libvirt-daemon-system's TEMPLATE.qemu missing";
    char dir_template[] = "/tmp/oscap-virt-aa-diff.XXXXXX";
    const std::string base = mkdtemp(dir_template);
    const std::string setup = "cp -r " + etc + "/tunables " + etc + "/abstractions " + etc +
                              "/abi " + base + "/ 2>/dev/null; mkdir -p " + base +
                              "/local/abstractions " + base + "/libvirt";
    ASSERT_EQ(std::system(setup.c_str()), 0);
    // The per-guest profile as virt-aa-helper's create_profile() makes it.
    std::string profile = read_text(etc + "/libvirt/TEMPLATE.qemu");
    profile.replace(profile.find("\nprofile LIBVIRT_TEMPLATE"), 25, "\nprofile libvirt-diff");
    profile.replace(profile.rfind("\n}"), 2, "\n  #include <libvirt/libvirt-diff.files>\n}");
    std::ofstream(base + "/libvirt/libvirt-diff") << profile;
    std::ofstream(base + "/libvirt/libvirt-diff.files")
        << "# DO NOT EDIT THIS FILE DIRECTLY. IT IS MANAGED BY LIBVIRT.\n"
           "  \"/var/log/libvirt/**/web01.log\" w,\n"
           "  \"/var/lib/libvirt/images/web01.qcow2\" rwk,\n"
           "  \"/var/lib/libvirt/images/debian.iso\" rk,\n"
           "  # don't audit writes to readonly files\n"
           "  deny \"/var/lib/libvirt/images/debian.iso\" w,\n";
    const std::vector<std::string> cases = {
        "",
        "  /home/** rw,\n",
        "  owner @{HOME}/** rw,\n",
        "  /dev/sd[a-z]* rwk,\n",
        "  /run/udev/data/c16[6,7]* r,\n",
        "  \"/srv/with space/disk.img\" rwk,\n",
        "  /etc/{libvirt,pki}/** r,\n",
        "  deny /etc/** w,\n",
        "  file,\n",
        "  audit deny owner /srv/** w,\n",
        "  rw /srv/perms-first,\n",
        "  /srv/a rw, # trailing comment\n",
        "  @{PROC}/@{pid}/status r,\n",
        "  /srv/shared/** r\n",           // no comma
        "  /etc/shadow,\n",               // no permissions
        "  /srv/a rw,\n}\n",              // closes the profile early
        "  \"/srv/unterminated rw,\n",    // unterminated quote
        "  @{NO_SUCH_VARIABLE}/x rw,\n",  // undefined variable
        "  /srv/{a,b rw,\n",              // unbalanced alternation
    };
    int disagreements = 0;
    for (const std::string& local : cases) {
        std::ofstream(base + "/local/abstractions/libvirt-qemu") << local;
        const std::string command = "apparmor_parser -Q -K -T --base " + base + " " + base +
                                    "/libvirt/libvirt-diff > /dev/null 2>&1";
        const bool parser_accepts = std::system(command.c_str()) == 0;
        bool accepts = true;
        for (const std::string& file :
             {base + "/libvirt/libvirt-diff", base + "/libvirt/libvirt-diff.files",
              base + "/abstractions/libvirt-qemu", base + "/local/abstractions/libvirt-qemu"})
            accepts &= reader_accepts(read_text(file));
        EXPECT_EQ(accepts, parser_accepts) << "local override:\n" << local;
        disagreements += accepts != parser_accepts;
    }
    std::system(("rm -rf " + base).c_str());
    EXPECT_EQ(disagreements, 0);
}

}  // namespace oscapvirt
