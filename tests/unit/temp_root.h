#pragma once
// A fixture host root in a temporary directory, removed after the test: files and links are
// named by their path inside the root.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "sources/root_fs.h"

namespace oscapvirt::testing {

class TempRootTest : public ::testing::Test {
   protected:
    void SetUp() override {
        char pattern[] = "/tmp/oscap-virt-root.XXXXXX";
        root_ = mkdtemp(pattern);
    }
    void TearDown() override { std::filesystem::remove_all(root_); }
    std::filesystem::path in_root(const std::string& path) const { return root_ / path.substr(1); }
    void write(const std::string& path, const std::string& text) {
        std::filesystem::create_directories(in_root(path).parent_path());
        std::ofstream(in_root(path)) << text;
    }
    void link(const std::string& target, const std::string& path) {
        std::filesystem::create_directories(in_root(path).parent_path());
        std::filesystem::create_symlink(target, in_root(path));
    }
    void fifo(const std::string& path) {
        std::filesystem::create_directories(in_root(path).parent_path());
        ASSERT_EQ(::mkfifo(in_root(path).c_str(), 0600), 0);
    }
    sources::RootFs open() const { return std::get<sources::RootFs>(sources::RootFs::open(root_)); }
    std::filesystem::path root_;
};

}  // namespace oscapvirt::testing
