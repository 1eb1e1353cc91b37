#include "sources/root_fs.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace oscapvirt::sources {
namespace {

namespace fs = std::filesystem;

class RootFsTest : public ::testing::Test {
   protected:
    void SetUp() override {
        char pattern[] = "/tmp/rootfs-test.XXXXXX";
        base_ = mkdtemp(pattern);
        root_ = base_ / "root";
        fs::create_directories(root_ / "etc/libvirt");
        write(base_ / "secret", "outside");
        write(root_ / "etc/libvirt/qemu.conf", "spice_tls = 1\n");
    }
    void TearDown() override { fs::remove_all(base_); }
    static void write(const fs::path& path, const std::string& text) {
        std::ofstream(path) << text;
    }
    RootFs open() { return std::get<RootFs>(RootFs::open(root_)); }

    fs::path base_, root_;
};

TEST_F(RootFsTest, ReadsFilesInsideTheRoot) {
    auto content = open().read_file("/etc/libvirt/qemu.conf");
    ASSERT_TRUE(std::holds_alternative<std::string>(content));
    EXPECT_EQ(std::get<std::string>(content), "spice_tls = 1\n");
}

TEST_F(RootFsTest, DotDotNeverLeavesTheRoot) {
    auto content = open().read_file("/../../secret");
    EXPECT_TRUE(std::holds_alternative<FsError>(content));
}

TEST_F(RootFsTest, AbsoluteSymlinksResolveInsideTheRoot) {
    fs::create_symlink("/etc/libvirt/qemu.conf", root_ / "link");
    fs::create_symlink(base_ / "secret", root_ / "escape");  // absolute host path
    auto followed = open().read_file("/link");
    ASSERT_TRUE(std::holds_alternative<std::string>(followed));
    EXPECT_EQ(std::get<std::string>(followed), "spice_tls = 1\n");
    EXPECT_TRUE(std::holds_alternative<FsError>(open().read_file("/escape")));
}

TEST_F(RootFsTest, RelativeSymlinksCannotClimbOut) {
    fs::create_symlink("../../../../secret", root_ / "etc/climb");
    EXPECT_TRUE(std::holds_alternative<FsError>(open().read_file("/etc/climb")));
}

TEST_F(RootFsTest, ResolveReportsPathsInsideTheRoot) {
    fs::create_directories(root_ / "dev/disk/by-id");
    write(root_ / "dev/sda", "");
    fs::create_symlink("../../sda", root_ / "dev/disk/by-id/ata-disk");
    auto resolved = open().resolve("/dev/disk/by-id/ata-disk");
    ASSERT_TRUE(std::holds_alternative<std::string>(resolved));
    EXPECT_EQ(std::get<std::string>(resolved), "/dev/sda");
}

TEST_F(RootFsTest, MissingFilesAreDistinguishedFromErrors) {
    auto missing = open().read_file_if_exists("/etc/none");
    ASSERT_TRUE(std::holds_alternative<std::optional<std::string>>(missing));
    EXPECT_FALSE(std::get<std::optional<std::string>>(missing).has_value());
}

TEST_F(RootFsTest, RefusesHugeAndSpecialFiles) {
    write(root_ / "big", std::string(2048, 'x'));
    EXPECT_TRUE(std::holds_alternative<FsError>(open().read_file("/big", 1024)));
    ASSERT_EQ(mkfifo((root_ / "fifo").c_str(), 0600), 0);
    auto fifo = open().read_file("/fifo");
    ASSERT_TRUE(std::holds_alternative<FsError>(fifo));
    EXPECT_EQ(std::get<FsError>(fifo).reason, "not a regular file but a FIFO");
    // A device node is never opened for reading (a watchdog would start): typed first.
    ASSERT_EQ(mknod((root_ / "null").c_str(), S_IFCHR | 0600, makedev(1, 3)), 0);
    auto device = open().read_file("/null");
    ASSERT_TRUE(std::holds_alternative<FsError>(device));
    EXPECT_EQ(std::get<FsError>(device).reason, "not a regular file but a character device");
    auto directory = open().read_file("/etc");
    ASSERT_TRUE(std::holds_alternative<FsError>(directory));
    EXPECT_EQ(std::get<FsError>(directory).reason, "not a regular file but a directory");
}

TEST_F(RootFsTest, ListsDirectoriesSorted) {
    write(root_ / "etc/libvirt/b.xml", "");
    write(root_ / "etc/libvirt/a.xml", "");
    auto listing = open().list_dir("/etc/libvirt");
    const auto& entries = std::get<std::optional<std::vector<DirEntry>>>(listing);
    ASSERT_TRUE(entries.has_value());
    ASSERT_EQ(entries->size(), 3u);
    EXPECT_EQ((*entries)[0].name, "a.xml");
    EXPECT_TRUE((*entries)[0].is_regular);
}

TEST_F(RootFsTest, ReadsSelinuxLabelsFromXattrs) {
    const fs::path image = root_ / "image.qcow2";
    write(image, "");
    const std::string label = "system_u:object_r:svirt_image_t:s0:c1,c2";
    if (setxattr(image.c_str(), "security.selinux", label.c_str(), label.size() + 1, 0) != 0)
        GTEST_SKIP() << "this file system does not take security.selinux";
    auto value = open().read_xattr("/image.qcow2", "security.selinux");
    const auto& text = std::get<std::optional<std::string>>(value);
    ASSERT_TRUE(text.has_value());
    EXPECT_EQ(text->c_str(), label);
}

}  // namespace
}  // namespace oscapvirt::sources
