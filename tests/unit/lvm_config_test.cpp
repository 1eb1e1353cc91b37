// lvm.conf as lvm2 reads it (model/lvm_config.h): libdm's grammar, the merge of lvm.conf and
// lvmlocal.conf, settings by path, booleans, filters as filter-regex.c and parse_rx.c build them;
// and the facts read from a fixture root (facts/lvm_facts.h).
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>

#include "facts/lvm_facts.h"
#include "model/lvm_config.h"

namespace oscapvirt::model {
namespace {

LvmConfigNode tree(const std::string& text) {
    auto result = parse_lvm_config(text);
    if (auto* err = std::get_if<ParseError>(&result)) ADD_FAILURE() << err->describe();
    return std::get_if<LvmConfigNode>(&result) ? std::move(std::get<LvmConfigNode>(result))
                                               : LvmConfigNode{};
}

bool refused(const std::string& text) {
    return std::holds_alternative<ParseError>(parse_lvm_config(text));
}

std::vector<std::string> strings(const LvmConfigNode* node) {
    std::vector<std::string> out;
    if (node)
        for (const LvmConfigValue& v : node->values) out.push_back(v.str);
    return out;
}

using Strings = std::vector<std::string>;

TEST(LvmConfigTest, PathsSectionsAndRepeatedSettings) {
    const LvmConfigNode root = tree(
        "devices {\n\tglobal_filter = [ \"a|.*|\" ]  # first\n\tglobal_filter = [ \"r|x|\", "
        "'a|.*|' ]\n}\n# devices { global_filter = \"r|y|\" }\ndevices { scan = \"/dev\" }\n"
        "//devices//use_devicesfile = 1\n");
    ASSERT_EQ(root.children.size(), 1u);  // one devices section, however often it is opened
    EXPECT_EQ(strings(root.find("devices/global_filter")), (Strings{"r|x|", "a|.*|"}));
    EXPECT_EQ(strings(root.find("/devices/scan")), (Strings{"/dev"}));
    EXPECT_EQ(strings(root.find("devices/use_devicesfile")), (Strings{"1"}));
    EXPECT_EQ(root.find("devices/filter"), nullptr);
    EXPECT_EQ(root.find("activation/global_filter"), nullptr);
}

TEST(LvmConfigTest, FilesLvmRefuses) {
    EXPECT_TRUE(refused("devices { global_filter = [ \"r|.*|\" }"));  // array left open
    EXPECT_TRUE(refused("devices { global_filter = }"));
    EXPECT_TRUE(refused("devices { use_devicesfile = 0x1 }"));
    EXPECT_TRUE(refused("\n"));        // not empty, but without a setting
    EXPECT_TRUE(refused("# only\n"));  // likewise
    EXPECT_FALSE(refused(""));         // an empty file is skipped
    EXPECT_FALSE(refused("a = 1"));
}

TEST(LvmConfigTest, LvmlocalReplacesSettingsAndJoinsFilter) {
    LvmConfigNode merged;
    merge_lvm_config(merged, tree("devices { global_filter = \"r|a|\" filter = \"r|b|\" "
                                  "use_devicesfile = 0 sub { x = 1 } }\nglobal { umask = 077 }"));
    merge_lvm_config(merged, tree("devices { global_filter = \"a|.*|\" filter = \"a|c|\" "
                                  "devicesfile = \"h.devices\" sub { x = 2 } }\nbackup { a = 1 }"));
    EXPECT_EQ(strings(merged.find("devices/global_filter")), (Strings{"a|.*|"}));
    EXPECT_EQ(strings(merged.find("devices/filter")), (Strings{"a|c|", "r|b|"}));
    EXPECT_EQ(strings(merged.find("devices/use_devicesfile")), (Strings{"0"}));
    EXPECT_EQ(strings(merged.find("devices/devicesfile")), (Strings{"h.devices"}));
    EXPECT_EQ(strings(merged.find("devices/sub/x")), (Strings{"1"}));  // subsections not merged
    EXPECT_EQ(strings(merged.find("global/umask")), (Strings{"077"}));
    EXPECT_EQ(strings(merged.find("backup/a")), (Strings{"1"}));
}

TEST(LvmConfigTest, HostTags) {
    EXPECT_TRUE(uses_host_tags(tree("tags { hosttags = 1 }")));
    EXPECT_TRUE(uses_host_tags(tree("devices { tags = [ \"@db\" ] global_filter = \"r|.*|\" }")));
    EXPECT_FALSE(uses_host_tags(tree("devices { global_filter = \"r|.*|\" }")));
}

TEST(LvmConfigTest, BooleansAndStringsAsLibdmReadsThem) {
    const auto flag = [](const std::string& value) {
        auto b = lvm_config_bool(tree("devices { use_devicesfile = " + value + " }"),
                                 "devices/use_devicesfile");
        if (std::holds_alternative<ParseError>(b)) return std::string("crash");
        const auto& v = std::get<std::optional<bool>>(b);
        return v ? std::string(*v ? "1" : "0") : std::string("default");
    };
    EXPECT_EQ(flag("1"), "1");
    EXPECT_EQ(flag("010"), "1");  // strtoll base 0: octal 8
    EXPECT_EQ(flag("-0"), "0");
    EXPECT_EQ(flag("\"Yes\""), "1");
    EXPECT_EQ(flag("'off'"), "0");
    EXPECT_EQ(flag("\"1\""), "default");  // a string that is no boolean word
    EXPECT_EQ(flag("1.0"), "default");    // a float
    EXPECT_EQ(flag("[ 1, 0 ]"), "1");     // the first element
    EXPECT_EQ(flag("[]"), "default");
    auto section =
        lvm_config_bool(tree("devices { use_devicesfile { x = 1 } }"), "devices/use_devicesfile");
    EXPECT_TRUE(std::holds_alternative<ParseError>(section));

    EXPECT_EQ(
        lvm_config_string(tree("devices { devicesfile = \"a.devices\" }"), "devices/devicesfile"),
        "a.devices");
    EXPECT_EQ(lvm_config_string(tree("devices { devicesfile = \"\" }"), "devices/devicesfile"),
              std::nullopt);
    EXPECT_EQ(lvm_config_string(tree("devices { devicesfile = 1 }"), "devices/devicesfile"),
              std::nullopt);
}

std::string filter(const std::string& value) {
    auto parsed = parse_lvm_filter(*tree("f = " + value).find("f"));
    if (auto* err = std::get_if<ParseError>(&parsed)) return "error: " + err->message;
    std::string out;
    for (const LvmFilterPattern& p : std::get<std::vector<LvmFilterPattern>>(parsed))
        out += std::string(p.accept ? "+" : "-") + p.regex + ";";
    return out;
}

TEST(LvmConfigTest, FilterEntries) {
    EXPECT_EQ(filter("[ \"a|^/dev/sda2$|\", \"r|.*|\" ]"), "+^/dev/sda2$;-.*;");
    EXPECT_EQ(filter("\"r(/dev/sd.*)\""), "-/dev/sd.*;");  // '(' closes with ')'
    EXPECT_EQ(filter("\"r{x}\""), "-x;");
    EXPECT_EQ(filter("\"a|a|b|\""), "+a|b;");  // the delimiter inside: an alternation
    EXPECT_EQ(filter("\"x|.*|\"").substr(0, 30), "error: pattern must begin with");
    EXPECT_EQ(filter("\"r|.*/\"").substr(0, 24), "error: invalid separator");
    EXPECT_EQ(filter("[ 1 ]").substr(0, 22), "error: filter patterns");
    EXPECT_EQ(filter("[]").substr(0, 22), "error: filter patterns");
    EXPECT_EQ(filter("\"r|\"").substr(0, 7 + std::string(kLvmFilterUndefined).size()),
              "error: " + std::string(kLvmFilterUndefined));
}

TEST(LvmConfigTest, FilterExpressionsAsParseRxParsesThem) {
    EXPECT_EQ(filter("\"r|(|\"").substr(0, 6), "error:");     // missing ')'
    EXPECT_EQ(filter("\"r/sdb|/\"").substr(0, 6), "error:");  // 'or' with nothing after
    EXPECT_EQ(filter("\"r|[abc|\"").substr(0, 6), "error:");  // class never closed
    EXPECT_EQ(filter("\"r|*|\"").substr(0, 6), "error:");     // a closure of nothing
    EXPECT_EQ(filter("\"r|()|\"").substr(0, 6), "error:");    // an empty group
    // the entries are joined, the last one first: unbalanced parentheses can pair up
    EXPECT_EQ(filter("[ \"r|a)|\", \"a|(b|\" ]"), "-a);+(b;");
    EXPECT_EQ(filter("\"r|[\x7f-a]|\"").substr(0, 6), "error:");  // lvm would loop forever
}

TEST(LvmConfigTest, DefaultRecordedInAComment) {
    EXPECT_TRUE(records_use_devicesfile_default_on("devices {\n\t# use_devicesfile = 1\n}\n"));
    EXPECT_TRUE(records_use_devicesfile_default_on("#use_devicesfile=1 \t"));
    EXPECT_FALSE(records_use_devicesfile_default_on("\t# use_devicesfile = 0\n"));
    EXPECT_FALSE(records_use_devicesfile_default_on("use_devicesfile = 1\n"));
    EXPECT_FALSE(records_use_devicesfile_default_on("# use_devicesfile = 10\n"));
}

class LvmFactsTest : public ::testing::Test {
   protected:
    void SetUp() override {
        char pattern[] = "/tmp/lvm-facts-test.XXXXXX";
        root_ = mkdtemp(pattern);
        std::filesystem::create_directories(root_ / "etc/lvm/devices");
    }
    void TearDown() override { std::filesystem::remove_all(root_); }
    void write(const std::string& path, const std::string& text) {
        std::filesystem::create_directories((root_ / path).parent_path());
        std::ofstream(root_ / path) << text;
    }
    facts::Reading<facts::LvmDeviceScanning> read() {
        auto opened = sources::RootFs::open(root_);
        return facts::read_lvm_device_scanning(std::get<sources::RootFs>(opened));
    }
    std::filesystem::path root_;
};

TEST_F(LvmFactsTest, NoConfigurationScansEverything) {
    auto scanning = read();
    ASSERT_TRUE(scanning.ok()) << facts::describe(scanning.error());
    EXPECT_FALSE(scanning->global_filter);
    EXPECT_FALSE(scanning->devices_file_in_use());
}

TEST_F(LvmFactsTest, DevicesFileNamedInLvmlocal) {
    write("etc/lvm/lvm.conf", "devices {\n\t# use_devicesfile = 1\n}\n");
    write("etc/lvm/lvmlocal.conf", "devices/devicesfile = \"host.devices\"\n");
    write("etc/lvm/devices/host.devices", "VERSION=1.1.1\n");
    auto scanning = read();
    ASSERT_TRUE(scanning.ok()) << facts::describe(scanning.error());
    EXPECT_TRUE(scanning->devices_file_in_use());
    EXPECT_EQ(scanning->devices_file, "/etc/lvm/devices/host.devices");
    EXPECT_NE(scanning->use_devicesfile_origin.find("built-in default"), std::string::npos);
}

TEST_F(LvmFactsTest, ErrorsWhereLvmFails) {
    write("etc/lvm/lvm.conf", "devices { use_devicesfile = 1 devicesfile = \"a/b\" }\n");
    EXPECT_FALSE(read().ok());
    write("etc/lvm/lvm.conf", "devices { filter = [ \"a|(|\" ] global_filter = \"r|.*|\" }\n");
    EXPECT_FALSE(read().ok());  // an invalid filter fails every command, global_filter or not
    write("etc/lvm/lvm.conf", "devices { global_filter = \"r|.*|\" }\n");
    EXPECT_TRUE(read().ok());
    std::filesystem::remove(root_ / "etc/lvm/devices");
    std::filesystem::create_directories(root_ / "etc/lvm/devices/system.devices");
    write("etc/lvm/lvmlocal.conf", "devices { use_devicesfile = 1 }\n");
    auto dir = read();
    ASSERT_FALSE(dir.ok());
    EXPECT_EQ(dir.error().reason, "not a regular file");
}

TEST_F(LvmFactsTest, AbsoluteLinkStaysInsideTheRoot) {
    write("etc/lvm-site/lvm.conf",
          "devices { global_filter = [ \"a|^/dev/sda$|\", \"r|.*|\" ] }\n");
    std::filesystem::create_symlink("/etc/lvm-site/lvm.conf", root_ / "etc/lvm/lvm.conf");
    auto scanning = read();
    ASSERT_TRUE(scanning.ok()) << facts::describe(scanning.error());
    ASSERT_TRUE(scanning->global_filter);
    EXPECT_EQ(scanning->global_filter->size(), 2u);
}

}  // namespace
}  // namespace oscapvirt::model
