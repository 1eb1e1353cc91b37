#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "cli/shared_facts.h"

namespace oscapvirt::cli {
namespace {

namespace fs = std::filesystem;

class PrivateDir : public ::testing::Test {
   protected:
    void SetUp() override {
        std::string pattern = fs::temp_directory_path() / "oscap-virt-private.XXXXXX";
        base_ = mkdtemp(pattern.data());
    }
    void TearDown() override { fs::remove_all(base_); }
    fs::path base_;
};

TEST_F(PrivateDir, CreatedWhenMissingWithNoAccessForOthers) {
    const fs::path dir = base_ / "run";
    ::umask(0);  // a lax umask must not widen it
    EXPECT_TRUE(open_private_dir(dir).valid());
    ::umask(022);
    struct stat st {};
    ASSERT_EQ(::stat(dir.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0700u);
    EXPECT_EQ(st.st_uid, ::geteuid());
    EXPECT_TRUE(open_private_dir(dir).valid());  // and reused
}

TEST_F(PrivateDir, RefusedWhenOthersMayEnterOrWrite) {
    for (const mode_t mode : {0755, 0770, 0707, 0701}) {
        const fs::path dir = base_ / ("mode" + std::to_string(mode));
        ASSERT_EQ(::mkdir(dir.c_str(), 0700), 0);
        ASSERT_EQ(::chmod(dir.c_str(), mode), 0);
        EXPECT_FALSE(open_private_dir(dir).valid()) << std::oct << mode;
    }
}

TEST_F(PrivateDir, RefusedBehindASymbolicLink) {
    ASSERT_TRUE(open_private_dir(base_ / "real").valid());
    fs::create_directory_symlink(base_ / "real", base_ / "link");
    EXPECT_FALSE(open_private_dir(base_ / "link").valid());
}

TEST_F(PrivateDir, RefusedWhenAFileOrAnotherUsersDirectory) {
    ASSERT_EQ(::close(::creat((base_ / "file").c_str(), 0600)), 0);
    EXPECT_FALSE(open_private_dir(base_ / "file").valid());
    if (::geteuid() != 0) GTEST_SKIP() << "chown needs root";
    ASSERT_EQ(::mkdir((base_ / "theirs").c_str(), 0700), 0);
    ASSERT_EQ(::chown((base_ / "theirs").c_str(), 65534, 65534), 0);
    EXPECT_FALSE(open_private_dir(base_ / "theirs").valid());
}

TEST(ProcessStartTime, KnownForLiveProcessesOnly) {
    const auto own = process_start_time(::getpid());
    ASSERT_TRUE(own.has_value());
    EXPECT_EQ(process_start_time(::getpid()), own);
    EXPECT_LE(*process_start_time(1), *own);
    EXPECT_FALSE(process_start_time(0x3ffffff0).has_value());
}

TEST(ScanKey, NamesTheSocketAfterTheOscapProcess) {
    const ScanKey key{4242, 987654, "inputs"};
    EXPECT_EQ(key.socket_name(), "4242-987654.sock");
}

}  // namespace
}  // namespace oscapvirt::cli
