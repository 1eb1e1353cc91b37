// AppArmor facts over fixture roots: where the kernel's and libvirt's files are read from.
#include "facts/apparmor_facts.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

namespace oscapvirt::facts {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUuid = "6B5A9D1C-1111-4222-8333-944455556666";
constexpr const char* kProfile = "libvirt-6b5a9d1c-1111-4222-8333-944455556666";

class AppArmorFactsTest : public ::testing::Test {
   protected:
    void SetUp() override {
        char pattern[] = "/tmp/apparmor-facts-test.XXXXXX";
        root_ = mkdtemp(pattern);
        write("/sys/module/apparmor/parameters/enabled", "Y\n");
        write("/sys/kernel/security/apparmor/profiles", "libvirtd (enforce)\n");
        write("/etc/libvirt/qemu/web01.xml",
              std::string("<domain type='kvm'><name>web01</name><uuid>") + kUuid +
                  "</uuid><devices/></domain>");
        write("/run/libvirt/qemu/web01.xml",
              std::string(
                  "<domstatus state='running' pid='4101'><domain type='kvm'><name>web01</name>"
                  "<uuid>") +
                  kUuid + "</uuid><devices/></domain></domstatus>");
    }
    void TearDown() override { fs::remove_all(root_); }

    void write(const std::string& path, const std::string& text) {
        fs::create_directories((root_ / path.substr(1)).parent_path());
        std::ofstream(root_ / path.substr(1)) << text;
    }
    Snapshot collect(Needs needs) {
        auto fs = std::get<sources::RootFs>(sources::RootFs::open(root_));
        return facts::collect(fs, {"none", kNeedGuests | needs});
    }

    fs::path root_;
};

TEST_F(AppArmorFactsTest, StateFromSysfs) {
    write("/sys/module/apparmor/parameters/mode", "complain\n");
    const Snapshot snapshot = collect(kNeedAppArmorState);
    ASSERT_TRUE(snapshot.apparmor) << describe(snapshot.apparmor.error());
    EXPECT_TRUE(snapshot.apparmor->active());
    EXPECT_EQ(snapshot.apparmor->mode, "complain");
    EXPECT_EQ(snapshot.apparmor->loaded->at(0).name, "libvirtd");
}

TEST_F(AppArmorFactsTest, NoSecurityfsListMeansInactive) {
    fs::remove(root_ / "sys/kernel/security/apparmor/profiles");
    const Snapshot snapshot = collect(kNeedAppArmorState);
    ASSERT_TRUE(snapshot.apparmor);
    EXPECT_FALSE(snapshot.apparmor->active());
}

TEST_F(AppArmorFactsTest, FifoListIsAnError) {
    const fs::path list = root_ / "sys/kernel/security/apparmor/profiles";
    fs::remove(list);
    ASSERT_EQ(mkfifo(list.c_str(), 0600), 0);
    const Snapshot snapshot = collect(kNeedAppArmorState);
    EXPECT_FALSE(snapshot.apparmor);
    EXPECT_NE(snapshot.apparmor.error().reason.find("not a regular file"), std::string::npos);
}

TEST_F(AppArmorFactsTest, LabelPrefersTheAppArmorAttrDirectory) {
    write("/proc/4101/attr/current", "system_u:system_r:svirt_t:s0:c1,c2");
    write("/proc/4101/attr/apparmor/current", std::string(kProfile) + " (enforce)\n");
    const Snapshot snapshot = collect(kNeedAppArmorLabels);
    const AppArmorLabelReading& reading = snapshot.apparmor_labels.at("web01");
    ASSERT_TRUE(reading.label) << describe(reading.label.error());
    EXPECT_EQ(reading.label->profile, kProfile);
    EXPECT_EQ(reading.source, "/proc/4101/attr/apparmor/current");
}

TEST_F(AppArmorFactsTest, ExitedProcessIsAnError) {
    const Snapshot snapshot = collect(kNeedAppArmorLabels);
    EXPECT_FALSE(snapshot.apparmor_labels.at("web01").label);
}

TEST_F(AppArmorFactsTest, PolicyFollowsOnlyLibvirtAndLocalIncludes) {
    write("/etc/apparmor.d/libvirt/TEMPLATE.qemu",
          "#include <tunables/global>\nprofile LIBVIRT_TEMPLATE {\n"
          "  #include <abstractions/libvirt-qemu>\n}\n");
    write("/etc/apparmor.d/abstractions/libvirt-qemu",
          "  #include <abstractions/base>\n  /dev/kvm rw,\n  #include "
          "<local/abstractions/libvirt-qemu>\n");
    write("/etc/apparmor.d/local/abstractions/libvirt-qemu", "  /srv/** rw,\n");
    write(std::string("/etc/apparmor.d/libvirt/") + kProfile, std::string("profile ") + kProfile +
                                                                  " {\n  #include <libvirt/" +
                                                                  kProfile + ".files>\n}\n");
    write(std::string("/etc/apparmor.d/libvirt/") + kProfile + ".files",
          "  \"/var/lib/libvirt/images/web01.qcow2\" rwk,\n");
    const Snapshot snapshot = collect(kNeedAppArmorPolicy);
    for (const char* path :
         {"/etc/apparmor.d/libvirt/TEMPLATE.qemu", "/etc/apparmor.d/abstractions/libvirt-qemu",
          "/etc/apparmor.d/local/abstractions/libvirt-qemu"}) {
        ASSERT_TRUE(snapshot.apparmor_policy.count(path)) << path;
        EXPECT_TRUE(snapshot.apparmor_policy.at(path) && *snapshot.apparmor_policy.at(path))
            << path;
    }
    EXPECT_FALSE(snapshot.apparmor_policy.count("/etc/apparmor.d/abstractions/base"));
    EXPECT_FALSE(snapshot.apparmor_policy.count("/etc/apparmor.d/tunables/global"));
    const auto& files =
        snapshot.apparmor_policy.at(std::string("/etc/apparmor.d/libvirt/") + kProfile + ".files");
    ASSERT_TRUE(files && *files);
    EXPECT_EQ((*files)->file_rules.at(0).path, "/var/lib/libvirt/images/web01.qcow2");
}

}  // namespace
}  // namespace oscapvirt::facts
