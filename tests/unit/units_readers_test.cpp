// The units reader (names, drop-ins, settings, enablement over a fixture root) and the xinetd
// and inetd readers.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "facts/service_facts.h"
#include "facts/systemd_units.h"
#include "model/inetd_conf.h"
#include "model/systemd_units.h"
#include "model/xinetd_conf.h"
#include "temp_root.h"

namespace oscapvirt {
namespace {

namespace fs = std::filesystem;

TEST(UnitNameTest, SplitsAsSystemdDoes) {
    const auto name = model::parse_unit_name("getty@tty1.service");
    ASSERT_TRUE(name);
    EXPECT_EQ(name->prefix, "getty");
    EXPECT_EQ(name->instance, "tty1");
    EXPECT_EQ(name->template_name(), "getty@.service");
    EXPECT_EQ(name->full(), "getty@tty1.service");
    EXPECT_FALSE(model::parse_unit_name("foo.conf"));
    EXPECT_FALSE(model::parse_unit_name(".service"));
    EXPECT_FALSE(model::parse_unit_name("a/b.service"));
}

TEST(UnitNameTest, DropinDirectoriesMostSpecificFirst) {
    EXPECT_EQ(model::unit_dropin_dir_names("a-b-c@x.service"),
              (std::vector<std::string>{"a-b-c@x.service.d", "a-b-c@.service.d", "a-b-.service.d",
                                        "a-.service.d", "service.d"}));
}

TEST(UnitSettingsTest, EmptyAssignmentResetsAndDropinsApplyInOrder) {
    model::LoadedUnit unit;
    unit.file = model::UnitFile{"/usr/lib/systemd/system/x.service", false,
                                "[Service]\nExecStart=/bin/a \\\n  --flag\n[Install]\n"
                                "ExecStart=/bin/ignored\n"};
    unit.dropins = model::order_dropins(
        {{"/etc/systemd/system/x.service.d/20-b.conf", false, "[Service]\nExecStart=/bin/b\n"},
         {"/etc/systemd/system/x.service.d/10-a.conf", false, "[Service]\nExecStart=\n"},
         {"/usr/lib/systemd/system/x.service.d/20-b.conf", false, "[Service]\nExecStart=/c\n"}});
    ASSERT_EQ(unit.dropins.size(), 2u);
    EXPECT_EQ(unit.dropins[0].path, "/etc/systemd/system/x.service.d/10-a.conf");
    EXPECT_EQ(model::unit_setting_values(unit, "Service", "ExecStart"),
              (std::vector<std::string>{"/bin/b"}));
    unit.dropins.clear();
    EXPECT_EQ(model::unit_setting_values(unit, "Service", "ExecStart"),
              (std::vector<std::string>{"/bin/a    --flag"}));
}

using UnitRootTest = testing::TempRootTest;

TEST_F(UnitRootTest, InstanceEnabledThroughItsTemplate) {
    write("/usr/lib/systemd/system/vncserver@.service",
          "[Service]\nExecStart=/x %i\n[Install]\nWantedBy=multi-user.target\n");
    link("/usr/lib/systemd/system/vncserver@.service",
         "/etc/systemd/system/multi-user.target.wants/vncserver@:1.service");
    link("/usr/lib/systemd/system/gone.service",
         "/etc/systemd/system/multi-user.target.wants/gone.service");
    const auto rootfs = open();
    auto boot = facts::read_boot_units(rootfs);
    ASSERT_TRUE(boot);
    EXPECT_EQ(boot->units.at("vncserver@:1.service").state, model::UnitState::Enabled);
    EXPECT_EQ(boot->units.at("gone.service").state, model::UnitState::NotFound);
    EXPECT_EQ(facts::read_unit_state(rootfs, "vncserver@.service")->state,
              model::UnitState::Indirect);
    auto loaded = facts::read_loaded_unit(rootfs, "vncserver@:1.service");
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->file->path, "/usr/lib/systemd/system/vncserver@.service");
}

TEST_F(UnitRootTest, WantsEntryThatIsNoDirectoryIsAnError) {
    write("/etc/systemd/system/multi-user.target.wants", "");
    EXPECT_FALSE(facts::read_boot_units(open()));
}

TEST(XinetdConfTest, ServicesIncludesAndDefaults) {
    const auto parsed = model::parse_xinetd_conf(
        "# c\ndefaults\n{\n  disabled = rsh\n}\nincludedir /etc/xinetd.d\n"
        "service telnet\n{\n  disable = YES\n  server = /usr/sbin/in.telnetd\n}\n"
        "service rsh\n{\n}\n");
    ASSERT_TRUE(std::holds_alternative<model::XinetdFile>(parsed));
    const auto& file = std::get<model::XinetdFile>(parsed);
    ASSERT_EQ(file.services.size(), 2u);
    EXPECT_TRUE(file.services[0].disable);
    EXPECT_EQ(file.services[0].server, "/usr/sbin/in.telnetd");
    EXPECT_FALSE(
        model::xinetd_service_started(file.services[1], file.defaults_disabled, {}, false));
    ASSERT_EQ(file.includes.size(), 1u);
    EXPECT_TRUE(file.includes[0].directory);
    EXPECT_FALSE(model::xinetd_includedir_reads("telnet.rpmsave"));
    EXPECT_FALSE(model::xinetd_includedir_reads("telnet~"));
    EXPECT_TRUE(model::xinetd_includedir_reads("telnet"));
}

TEST(XinetdConfTest, RefusesWhatXinetdRefuses) {
    for (const char* text : {"service telnet {\n}\n", "service telnet\n{\n disable=yes\n}\n",
                             "service telnet\n{\n", "bogus\n"})
        EXPECT_TRUE(std::holds_alternative<model::ParseError>(model::parse_xinetd_conf(text)))
            << text;
}

TEST(InetdConfTest, CommentsAndAddressesAndShortLines) {
    const auto conf = model::parse_inetd_conf(
        "#<off># telnet stream tcp nowait root /usr/sbin/tcpd in.telnetd\n"
        "127.0.0.1:login\tstream tcp nowait root /usr/sbin/in.rlogind\n"
        "shell stream tcp\n");
    ASSERT_EQ(conf.entries.size(), 1u);
    EXPECT_EQ(conf.entries[0].service, "login");
    EXPECT_EQ(conf.entries[0].line, 2);
    EXPECT_EQ(conf.malformed, (std::vector<int>{3}));
}

}  // namespace
}  // namespace oscapvirt
