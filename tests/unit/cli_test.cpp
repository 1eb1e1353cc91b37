#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>

#include "checks/verdict.h"
#include "cli/scan_target.h"
#include "model/printable.h"

#include <filesystem>
#include <fstream>
#include <stdlib.h>

namespace oscapvirt {
namespace {

TEST(Printable, KeepsPrintableUtf8AndEscapesTheRest) {
    EXPECT_EQ(model::printable("web01 ünï"), "web01 ünï");
    EXPECT_EQ(model::printable("a\x1b[31m\nb"), "a\\x1b[31m\\nb");
    EXPECT_EQ(model::printable("\xff\xc3"), "\\xff\\xc3");
    EXPECT_EQ(model::printable("\xc2\x85"), "\\xc2\\x85");  // C1 control
    EXPECT_EQ(model::printable("a\\b"), "a\\\\b");
    EXPECT_EQ(model::printable("a\\b", 100, false), "a\\b");
    EXPECT_EQ(model::printable(std::string(3000, 'x'), 10), "xxxxxxxxxx...[cut]");
}

TEST(Field, QuotesOnlyWhenNeeded) {
    EXPECT_EQ(checks::field("guest", "web01"), "guest=web01");
    EXPECT_EQ(checks::field("guest", "a b"), "guest=\"a b\"");
    EXPECT_EQ(checks::field("guest", "x\"y"), "guest=\"x\\\"y\"");
    EXPECT_EQ(checks::field("guest", ""), "guest=\"\"");
    EXPECT_EQ(checks::field("guest", "e\x1b"), "guest=e\\x1b");
}

TEST(VerdictBuilder, CombinesLikeOvalAll) {
    using checks::Result;
    auto combined = [](std::initializer_list<Result> results) {
        checks::VerdictBuilder builder;
        for (Result r : results) builder.add(r, "x");
        return std::move(builder).finish().result;
    };
    EXPECT_EQ(combined({}), Result::NotApplicable);
    EXPECT_EQ(combined({Result::Pass}), Result::Pass);
    EXPECT_EQ(combined({Result::Pass, Result::Error}), Result::Error);
    EXPECT_EQ(combined({Result::Error, Result::Fail}), Result::Fail);
    EXPECT_EQ(combined({Result::Pass, Result::Unknown}), Result::Unknown);
}

TEST(ChooseRoot, FollowsOscapAndRefusesContradictions) {
    using cli::choose_root;
    EXPECT_EQ(choose_root(std::nullopt, "", {}).root, "/");
    EXPECT_EQ(choose_root(std::nullopt, "", {"/srv/host", ""}).root, "/srv/host");
    EXPECT_EQ(choose_root(std::nullopt, "/srv/host", {}).root, "/srv/host");
    EXPECT_EQ(choose_root(std::string("/x"), "/y", {"/z", ""}).root, "/x");
    EXPECT_FALSE(choose_root(std::nullopt, "/tmp", {"/", ""}).error.empty());
    EXPECT_FALSE(choose_root(std::nullopt, "", {std::nullopt, "unreadable"}).error.empty());
    EXPECT_TRUE(choose_root(std::nullopt, "/tmp/", {"/tmp", ""}).error.empty());
}

// A process tree for find_probe_root: pid -> (parent, environment or unreadable, oscap?).
struct FakeProcess {
    int parent;
    std::optional<std::string> environment;
    bool oscap = false;
};

cli::ProbeRootLookup lookup(const std::map<int, FakeProcess>& table, int start,
                            std::map<std::string, std::string> own = {}) {
    const cli::ProcessView view{
        [&](int pid) { return table.count(pid) ? table.at(pid).parent : 0; },
        [&](int pid) { return table.count(pid) ? table.at(pid).environment : std::nullopt; },
        [&](int pid) { return table.count(pid) && table.at(pid).oscap; }};
    return cli::find_probe_root(own, start, view);
}

const std::string kWithRoot = std::string("PATH=/bin\0OSCAP_PROBE_ROOT=/srv/host\0", 36);

TEST(FindProbeRoot, NearestAncestorHoldingTheVariableDecidesWhateverItsName) {
    // SCE script (its parent is the shim) <- ld.so running oscap <- shell: the loader is not
    // named oscap, but its environment holds the root.
    const std::map<int, FakeProcess> tree{
        {30, {20, "PATH=/bin"}}, {20, {10, kWithRoot}}, {10, {1, "OSCAP_PROBE_ROOT=/elsewhere"}}};
    EXPECT_EQ(lookup(tree, 30).root, "/srv/host");
    EXPECT_TRUE(lookup(tree, 30).error.empty());
}

TEST(FindProbeRoot, NoAncestorHoldingItMeansTheHostRoot) {
    const std::map<int, FakeProcess> tree{{30, {20, "PATH=/bin"}}, {20, {1, "HOME=/root"}}};
    EXPECT_EQ(lookup(tree, 30).root, std::nullopt);
    EXPECT_EQ(cli::choose_root(std::nullopt, "", lookup(tree, 30)).root, "/");
}

TEST(FindProbeRoot, AnEmptyVariableInTheNearestHolderMeansTheHostRoot) {
    const std::map<int, FakeProcess> tree{{20, {10, std::string("OSCAP_PROBE_ROOT=\0", 18)}},
                                          {10, {1, kWithRoot}}};
    EXPECT_EQ(lookup(tree, 20).root, std::nullopt);
}

TEST(FindProbeRoot, UnreadableOscapIsAnErrorOtherUnreadableAncestorsAreSkipped) {
    const std::map<int, FakeProcess> hidden_oscap{{20, {10, std::nullopt, true}},
                                                  {10, {1, kWithRoot}}};
    EXPECT_FALSE(lookup(hidden_oscap, 20).error.empty());
    const std::map<int, FakeProcess> hidden_other{{20, {10, std::nullopt, false}},
                                                  {10, {1, kWithRoot}}};
    EXPECT_EQ(lookup(hidden_other, 20).root, "/srv/host");
}

TEST(FindProbeRoot, OwnEnvironmentFirstAndCyclesEnd) {
    const std::map<int, FakeProcess> tree{{20, {20, "PATH=/bin"}}};  // a parent loop
    EXPECT_EQ(lookup(tree, 20, {{"OSCAP_PROBE_ROOT", "/mine"}}).root, "/mine");
    EXPECT_EQ(lookup(tree, 20).root, std::nullopt);
}

}  // namespace
}  // namespace oscapvirt

namespace oscapvirt {
namespace {

// A fixture root for identify_system, removed afterwards.
class SystemIdentityTest : public ::testing::Test {
   protected:
    void SetUp() override {
        char pattern[] = "/tmp/oscap-virt-identity.XXXXXX";
        root_ = mkdtemp(pattern);
    }
    void TearDown() override { std::filesystem::remove_all(root_); }
    void write(const std::string& path, const std::string& content) {
        std::filesystem::create_directories(std::filesystem::path(root_ + path).parent_path());
        std::ofstream(root_ + path) << content;
    }
    cli::SystemIdentity identify() {
        auto fs = sources::RootFs::open(root_);
        return cli::identify_system(std::get<sources::RootFs>(fs));
    }
    std::string root_;
};

TEST_F(SystemIdentityTest, EmptyRootHoldsNoSystem) {
    const auto system = identify();
    EXPECT_TRUE(system.missing);
    EXPECT_NE(system.error.find("holds no operating system"), std::string::npos);
}

TEST_F(SystemIdentityTest, ReadsOsReleaseHostnameAndMachineId) {
    write("/usr/lib/os-release", "NAME=Fedora\nPRETTY_NAME=\"Fedora Linux 41 \\\"Server\\\"\"\n");
    std::filesystem::create_directories(root_ + "/etc");
    std::filesystem::create_symlink("../usr/lib/os-release", root_ + "/etc/os-release");
    write("/etc/hostname", "# set by the installer\n\nhv01\n");
    write("/etc/machine-id", "0123456789abcdef0123456789abcdef\n");
    const auto system = identify();
    EXPECT_EQ(system.error, "");
    EXPECT_EQ(system.os_release, "/etc/os-release");
    EXPECT_EQ(system.pretty_name, "Fedora Linux 41 \"Server\"");
    EXPECT_EQ(system.hostname, "hv01");
    EXPECT_EQ(system.machine_id, "0123456789abcdef0123456789abcdef");
}

TEST_F(SystemIdentityTest, UsrLibOnlyWhenEtcDoesNotExist) {
    write("/usr/lib/os-release", "ID='debian'\n");
    write("/etc/machine-id", "uninitialized\n");
    auto system = identify();
    EXPECT_EQ(system.os_release, "/usr/lib/os-release");
    EXPECT_EQ(system.pretty_name, "debian");
    EXPECT_EQ(system.machine_id, "");                                // not a machine id
    std::filesystem::create_directories(root_ + "/etc/os-release");  // present but unreadable
    system = identify();
    EXPECT_FALSE(system.missing);
    EXPECT_NE(system.error.find("not a regular file"), std::string::npos);
}

TEST_F(SystemIdentityTest, LinkOutOfTheRootStaysInside) {
    std::filesystem::create_directories(root_ + "/etc");
    // This machine has /usr/lib/os-release; the root has not.
    std::filesystem::create_symlink("/usr/lib/os-release", root_ + "/etc/os-release");
    const auto system = identify();
    EXPECT_TRUE(system.missing) << "resolved in the root, the link names nothing: " << system.error;
}

}  // namespace
}  // namespace oscapvirt
