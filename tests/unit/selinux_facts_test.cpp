// SELinux sources and facts over fixture roots with real security.selinux attributes.
#include "facts/selinux_facts.h"

#include <gtest/gtest.h>
#include <sys/xattr.h>

#include <filesystem>
#include <fstream>

#include "sources/selinux.h"

namespace oscapvirt::facts {
namespace {

namespace fs = std::filesystem;
using State = FileLabel::State;

class SelinuxFactsTest : public ::testing::Test {
   protected:
    void SetUp() override {
        char pattern[] = "/tmp/selinux-facts-test.XXXXXX";
        root_ = mkdtemp(pattern);
        write("/sys/fs/selinux/enforce", "1");
    }
    void TearDown() override { fs::remove_all(root_); }

    void write(const std::string& path, const std::string& text) {
        fs::create_directories((root_ / path.substr(1)).parent_path());
        std::ofstream(root_ / path.substr(1)) << text;
    }
    // As the kernel stores it: NUL-terminated.
    void label(const std::string& path, const std::string& context) {
        if (!fs::exists(root_ / path.substr(1))) write(path, "");
        const std::string value = context + '\0';
        ASSERT_EQ(setxattr((root_ / path.substr(1)).c_str(), "security.selinux", value.data(),
                           value.size(), 0),
                  0);
    }
    sources::RootFs open() { return std::get<sources::RootFs>(sources::RootFs::open(root_)); }

    fs::path root_;
};

TEST_F(SelinuxFactsTest, LabelledFileIsParsed) {
    label("/img/a.qcow2", "system_u:object_r:svirt_image_t:s0:c1,c2");
    const FileLabel read = label_of_file(open(), "/img/a.qcow2").value();
    ASSERT_EQ(read.state, State::Labelled);
    EXPECT_EQ(read.context->to_string(), "system_u:object_r:svirt_image_t:s0:c1,c2");
    EXPECT_EQ(read.resolved, "/img/a.qcow2");
}

TEST_F(SelinuxFactsTest, SymlinkIsFollowedInsideTheRoot) {
    label("/nfs/a.qcow2", "system_u:object_r:nfs_t:s0");
    fs::create_directories(root_ / "img");
    fs::create_symlink("/nfs/a.qcow2", root_ / "img/a.qcow2");
    const FileLabel read = label_of_file(open(), "/img/a.qcow2").value();
    ASSERT_EQ(read.state, State::Labelled);
    EXPECT_EQ(read.context->type, "nfs_t");
    EXPECT_EQ(read.resolved, "/nfs/a.qcow2");
}

TEST_F(SelinuxFactsTest, MissingUnlabelledAndUnparsableAreToldApart) {
    write("/img/plain", "");
    label("/img/bad", "system_u:object_r:svirt_image_t:s0:c1,c1024");
    EXPECT_EQ(label_of_file(open(), "/img/none")->state, State::Missing);
    EXPECT_EQ(label_of_file(open(), "/img/plain")->state, State::Unlabelled);
    const FileLabelReading bad = label_of_file(open(), "/img/bad");
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->state, State::Labelled);
    ASSERT_FALSE(bad->context);
    EXPECT_NE(bad->context.error().reason.find("out of range"), std::string::npos);
}

TEST_F(SelinuxFactsTest, BooleansHoldCurrentAndPending) {
    write("/sys/fs/selinux/booleans/virt_use_nfs", "1 0");
    write("/sys/fs/selinux/booleans/virt_use_usb", "0 0\n");
    write("/sys/fs/selinux/booleans/httpd_can_network_connect", "1 1");
    write("/sys/fs/selinux/booleans/virt_use_comm", "yes");
    const sources::RootFs root = open();
    auto nfs = sources::read_boolean(root, "virt_use_nfs");
    ASSERT_TRUE(std::holds_alternative<std::optional<sources::BooleanValue>>(nfs));
    const auto& value = std::get<std::optional<sources::BooleanValue>>(nfs);
    ASSERT_TRUE(value.has_value());
    EXPECT_TRUE(value->current);
    EXPECT_FALSE(value->pending);
    auto absent = sources::read_boolean(root, "virt_use_xserver");
    EXPECT_FALSE(std::get<std::optional<sources::BooleanValue>>(absent).has_value());
    EXPECT_TRUE(
        std::holds_alternative<sources::FsError>(sources::read_boolean(root, "virt_use_comm")));
    EXPECT_TRUE(
        std::holds_alternative<sources::FsError>(sources::read_boolean(root, "../enforce")));

    const Snapshot snapshot = collect(root, {"none", kNeedSelinuxState | kNeedVirtBooleans});
    ASSERT_TRUE(snapshot.virt_booleans.ok());
    const auto& booleans = *snapshot.virt_booleans;
    EXPECT_EQ(booleans.size(), 3u);  // only the virt ones
    ASSERT_TRUE(booleans.at("virt_use_nfs").ok());
    EXPECT_TRUE(booleans.at("virt_use_nfs")->has_value());
    ASSERT_FALSE(booleans.at("virt_use_comm").ok());
    EXPECT_FALSE(booleans.at("virt_use_comm").error().reason.empty());
    EXPECT_EQ(booleans.count("httpd_can_network_connect"), 0u);
}

TEST_F(SelinuxFactsTest, BooleansOfAnEnabledHostMustBeListable) {
    const Snapshot snapshot = collect(open(), {"none", kNeedSelinuxState | kNeedVirtBooleans});
    ASSERT_FALSE(snapshot.virt_booleans.ok());
    EXPECT_NE(snapshot.virt_booleans.error().reason.find("missing"), std::string::npos);
}

TEST_F(SelinuxFactsTest, CollectsGuestFilesPoolsAndMounts) {
    write("/etc/libvirt/storage/vms.xml",
          "<pool type='dir'><name>vms</name><target><path>/srv/vms</path></target></pool>");
    write("/etc/libvirt/qemu/g.xml",
          "<domain><name>g</name><devices>"
          "<disk type='volume'><source pool='vms' volume='g.qcow2'/><target dev='vda'/></disk>"
          "<disk type='file'><source file='/img/g2.img'/><target dev='vdb'/></disk>"
          "</devices></domain>");
    label("/srv/vms/g.qcow2", "system_u:object_r:svirt_image_t:s0:c1,c2");
    label("/srv/vms/orphan.qcow2", "system_u:object_r:svirt_image_t:s0:c3,c4");
    label("/srv/vms/", "system_u:object_r:virt_image_t:s0");
    write("/proc/mounts", "/dev/vda1 / ext4 rw 0 0\nsrv:/x /srv/vms nfs4 rw 0 0\n");
    const Needs needs = kNeedGuests | kNeedStoragePools | kNeedFileLabels | kNeedPoolLabels |
                        kNeedPoolFiles | kNeedMounts;
    const Snapshot snapshot = collect(open(), {"none", needs});
    EXPECT_EQ(snapshot.file_labels.at("/srv/vms/g.qcow2")->state, State::Labelled);
    EXPECT_EQ(snapshot.file_labels.at("/img/g2.img")->state, State::Missing);
    EXPECT_EQ(snapshot.file_labels.at("/srv/vms")->context->type, "virt_image_t");
    EXPECT_EQ(snapshot.file_labels.at("/srv/vms/orphan.qcow2")->state, State::Labelled);
    ASSERT_TRUE(snapshot.pool_files.at("/srv/vms").ok());
    ASSERT_TRUE(snapshot.pool_files.at("/srv/vms")->has_value());
    EXPECT_EQ((*snapshot.pool_files.at("/srv/vms"))->size(), 2u);
    ASSERT_TRUE(snapshot.pool_files.at(kDefaultImageDir).ok());
    EXPECT_FALSE(snapshot.pool_files.at(kDefaultImageDir)->has_value());
    ASSERT_TRUE(snapshot.mounts.ok());
    EXPECT_EQ(snapshot.mounts->size(), 2u);
}

TEST_F(SelinuxFactsTest, MissingMountTableIsAnError) {
    const Snapshot snapshot = collect(open(), {"none", kNeedMounts});
    ASSERT_FALSE(snapshot.mounts.ok());
    EXPECT_EQ(snapshot.mounts.error().subject, "/proc/mounts");
}

TEST(VirtBooleanNames, VirtAndSvirtUserBooleans) {
    EXPECT_TRUE(is_virt_boolean("virt_use_nfs"));
    EXPECT_TRUE(is_virt_boolean("virt_sandbox_use_audit"));
    EXPECT_TRUE(is_virt_boolean("staff_use_svirt"));
    EXPECT_FALSE(is_virt_boolean("httpd_use_nfs"));
}

}  // namespace
}  // namespace oscapvirt::facts
