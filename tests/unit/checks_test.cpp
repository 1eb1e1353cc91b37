#include <gtest/gtest.h>

#include "checks/registry.h"

namespace oscapvirt::checks {
namespace {

model::Graphics spice(std::string default_mode, std::vector<model::GraphicsChannel> channels = {}) {
    model::Graphics graphics;
    graphics.type = "spice";
    graphics.default_mode = std::move(default_mode);
    graphics.channels = std::move(channels);
    // As the parser reads <graphics type='spice' autoport='yes'>: a TCP listener.
    graphics.autoport = true;
    graphics.listens = {{"address", "", "", ""}};
    return graphics;
}

facts::Guest guest_with(std::string name, model::Graphics persistent,
                        std::optional<model::Graphics> live = std::nullopt) {
    facts::Guest guest;
    guest.name = name;
    guest.persistent = model::DomainDef{};
    guest.persistent->name = name;
    guest.persistent->graphics.push_back(std::move(persistent));
    if (live) {
        guest.live = model::DomainDef{};
        guest.live->name = name;
        guest.live->graphics.push_back(std::move(*live));
        guest.pid = 100;
    }
    return guest;
}

Verdict run(const std::string& id, const facts::Snapshot& snapshot) {
    const Registry registry = all_checks();
    const Check* check = registry.find(id);
    EXPECT_NE(check, nullptr);
    return check->run(snapshot, {});
}

TEST(SpiceRequiresTls, PassesOnlyWhenEveryDefinitionIsSecure) {
    facts::Snapshot snapshot;
    snapshot.inventory.guests.push_back(guest_with("a", spice("secure"), spice("secure")));
    EXPECT_EQ(run("guest_spice_requires_tls", snapshot).result, Result::Pass);
    snapshot.inventory.guests.push_back(
        guest_with("b", spice("secure"), spice("secure", {{"inputs", "insecure"}})));
    EXPECT_EQ(run("guest_spice_requires_tls", snapshot).result, Result::Fail);
}

TEST(SpiceRequiresTls, UnreadableGuestsMakeItAnError) {
    facts::Snapshot snapshot;
    snapshot.inventory.guests.push_back(guest_with("a", spice("secure")));
    snapshot.inventory.problems.push_back({"/run/libvirt/qemu/b.xml", "malformed"});
    EXPECT_EQ(run("guest_spice_requires_tls", snapshot).result, Result::Error);
}

TEST(SpiceRequiresTls, NoSpiceIsNotApplicable) {
    facts::Snapshot snapshot;
    EXPECT_EQ(run("guest_spice_requires_tls", snapshot).result, Result::NotApplicable);
}

facts::LabelReading label(const std::string& text) {
    auto parsed = model::parse_selinux_context(text);
    if (auto* context = std::get_if<model::SelinuxContext>(&parsed)) return *context;
    return facts::ReadError{"process", "unparsable"};
}

facts::Snapshot running(std::vector<std::pair<std::string, std::string>> guests) {
    facts::Snapshot snapshot;
    snapshot.selinux = sources::SelinuxState{true, true, "test"};
    for (auto& [name, context] : guests) {
        snapshot.inventory.guests.push_back(guest_with(name, spice("secure"), spice("secure")));
        snapshot.inventory.guests.back().pid =
            4000 + static_cast<int>(snapshot.inventory.guests.size());
        snapshot.process_labels[snapshot.inventory.guests.back().pid] = label(context);
    }
    return snapshot;
}

TEST(SvirtProcessLabel, UniquePairsPass) {
    EXPECT_EQ(
        run("guest_svirt_process_label", running({{"a", "system_u:system_r:svirt_t:s0:c1,c2"},
                                                  {"b", "system_u:system_r:svirt_tcg_t:s0:c1,c3"}}))
            .result,
        Result::Pass);
}

TEST(SvirtProcessLabel, SharedPairsAndWrongTypesFail) {
    EXPECT_EQ(
        run("guest_svirt_process_label", running({{"a", "system_u:system_r:svirt_t:s0:c1,c2"},
                                                  {"b", "system_u:system_r:svirt_t:s0:c2,c1"}}))
            .result,
        Result::Fail);
    EXPECT_EQ(run("guest_svirt_process_label",
                  running({{"a", "unconfined_u:unconfined_r:unconfined_t:s0"}}))
                  .result,
              Result::Fail);
    EXPECT_EQ(
        run("guest_svirt_process_label", running({{"a", "system_u:system_r:svirt_t:s0"}})).result,
        Result::Fail);
}

TEST(SvirtProcessLabel, UnreadableLabelIsAnErrorAndSelinuxOffFails) {
    EXPECT_EQ(run("guest_svirt_process_label", running({{"a", "garbage"}})).result, Result::Error);
    auto snapshot = running({{"a", "system_u:system_r:svirt_t:s0:c1,c2"}});
    snapshot.selinux->enabled = false;
    EXPECT_EQ(run("guest_svirt_process_label", snapshot).result, Result::Fail);
    snapshot.selinux = facts::ReadError{"/sys/fs/selinux", "cannot read"};
    EXPECT_EQ(run("guest_svirt_process_label", snapshot).result, Result::Error);
}

}  // namespace
}  // namespace oscapvirt::checks

TEST(Evidence, FieldsInOrderQuotedOnce) {
    EXPECT_EQ(std::string(oscapvirt::checks::Evidence("guest", "web 1").add("file", "/a=b")),
              "guest=\"web 1\" file=\"/a=b\"");
}

TEST(Evidence, ReadErrorNamesItsSubjectOnlyWhenTheLineDoesNot) {
    const oscapvirt::facts::ReadError error{"/etc/libvirt/qemu.conf", "is a FIFO"};
    EXPECT_EQ(
        std::string(oscapvirt::checks::Evidence("file", "/etc/libvirt/qemu.conf").because(error)),
        "file=/etc/libvirt/qemu.conf reason=\"is a FIFO\"");
    EXPECT_EQ(
        std::string(oscapvirt::checks::Evidence("file", "/etc/libvirt/qemu.conf.d").because(error)),
        "file=/etc/libvirt/qemu.conf.d object=/etc/libvirt/qemu.conf reason=\"is a FIFO\"");
    EXPECT_EQ(oscapvirt::checks::unreadable(error),
              "object=/etc/libvirt/qemu.conf reason=\"is a FIFO\"");
}

TEST(Reading, DefaultSaysNotCollectedNeverAnEmptyReason) {
    const oscapvirt::facts::Reading<int> never;
    ASSERT_FALSE(never.ok());
    EXPECT_NE(never.error().reason, "");
    const oscapvirt::facts::Reading<int> read = 3;
    ASSERT_TRUE(read);
    EXPECT_EQ(*read, 3);
    EXPECT_EQ(oscapvirt::checks::Evidence("x", "1").because(oscapvirt::facts::ReadError{}).str(),
              "x=1 reason=\"unknown (no reason given)\"");
}
