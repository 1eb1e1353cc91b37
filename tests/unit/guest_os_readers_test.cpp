// The readers behind the guest profile's OS rules: LVM metadata (lvm2's config grammar and
// import_vsn1 checks) and device-mapper names of logical volumes.
#include <gtest/gtest.h>

#include "model/fstab.h"
#include "model/keyfile.h"
#include "model/lvm_metadata.h"

namespace oscapvirt::model {
namespace {

const char* kHeader = "contents = \"Text Format Volume Group\"\nversion = 1\n";
const char* kId = "Aa1b2C-3d4E-5f6G-7h8I-9j0K-1l2M-3n4O5p";

LvmMetadata parsed(const std::string& text) {
    auto result = parse_lvm_metadata(text);
    if (auto* err = std::get_if<ParseError>(&result)) ADD_FAILURE() << err->describe();
    return std::get_if<LvmMetadata>(&result) ? std::get<LvmMetadata>(result) : LvmMetadata{};
}

std::string refused(const std::string& text) {
    auto result = parse_lvm_metadata(text);
    if (auto* err = std::get_if<ParseError>(&result)) return err->message;
    ADD_FAILURE() << "accepted: " << text;
    return {};
}

std::string pv(const std::string& name, const std::string& body) {
    return name + " { id = \"" + kId + "\" " + body + "\n}\n";
}

TEST(LvmMetadata, ReadsTheVolumeGroupAndItsDeviceHints) {
    const LvmMetadata m = parsed(std::string(kHeader) + "description = \"x\"\n" +
                                 "rhel {\n id = \"" + kId + "\"\n physical_volumes {\n" +
                                 pv("pv0", "device = \"/dev/mapper/luks-a\"\t# Hint only") +
                                 pv("pv1", "status = [\"ALLOCATABLE\"] flags = []") + "}\n}\n");
    EXPECT_EQ(m.vg_name, "rhel");
    ASSERT_EQ(m.physical_volumes.size(), 2u);
    EXPECT_EQ(m.physical_volumes[0].name, "pv0");
    EXPECT_EQ(m.physical_volumes[0].device, "/dev/mapper/luks-a");
    EXPECT_FALSE(m.physical_volumes[1].device.has_value());
}

TEST(LvmMetadata, FollowsTheConfigGrammar) {
    // one line, comments, escapes in strings, '#' inside a string, single quotes
    const LvmMetadata m = parsed(std::string(kHeader) + "vg{physical_volumes{" +
                                 pv("pv0", "device=\"/dev/a\\\"b\\\\c#d\" # comment \"/dev/x\"") +
                                 pv("'pv1'", "device='/dev/\\n'") + "}}");
    ASSERT_EQ(m.physical_volumes.size(), 2u);
    EXPECT_EQ(m.physical_volumes[0].device, "/dev/a\"b\\c#d");
    EXPECT_EQ(m.physical_volumes[1].name, "pv1");
    EXPECT_EQ(m.physical_volumes[1].device, "/dev/\\n");  // no escapes in '...'
}

TEST(LvmMetadata, DuplicatesAsLibdmKeepsThem) {
    // a repeated value: the last one stays; a repeated section merges into the first
    const LvmMetadata m =
        parsed(std::string(kHeader) + "vg { physical_volumes { " +
               pv("pv0", "device = \"/dev/first\" device = \"/dev/second\"") +
               "} physical_volumes { " + pv("pv1", "device = \"/dev/third\"") + "} }");
    ASSERT_EQ(m.physical_volumes.size(), 2u);
    EXPECT_EQ(m.physical_volumes[0].device, "/dev/second");
    EXPECT_EQ(m.physical_volumes[1].device, "/dev/third");
}

TEST(LvmMetadata, ANonStringHintIsNoHint) {
    const LvmMetadata m =
        parsed(std::string(kHeader) + "vg { physical_volumes { " + pv("pv0", "device = 5") + "} }");
    ASSERT_EQ(m.physical_volumes.size(), 1u);
    EXPECT_FALSE(m.physical_volumes[0].device.has_value());
}

TEST(LvmMetadata, RefusesWhatLvmRefuses) {
    const std::string body = "vg { physical_volumes { " + pv("pv0", "") + "} }";
    EXPECT_EQ(refused("version = 1\n" + body), "missing contents field");
    EXPECT_EQ(refused("contents = \"Text\"\nversion = 1\n" + body), "unrecognised contents field");
    EXPECT_EQ(refused("contents = \"Text Format Volume Group\"\n" + body),
              "missing version number");
    EXPECT_EQ(refused("contents = \"Text Format Volume Group\"\nversion = 2\n" + body),
              "unrecognised version number");
    EXPECT_EQ(refused(kHeader), "no volume group in the file");
    EXPECT_EQ(refused(std::string(kHeader) + "vg { }"), "no section physical_volumes");
    EXPECT_EQ(refused(std::string(kHeader) + "vg { physical_volumes { pv0 { } } }"),
              "empty pv section pv0");
    EXPECT_EQ(refused(std::string(kHeader) + "vg { physical_volumes { pv0 { id = \"abc\" } } }"),
              "invalid uuid for physical volume pv0");
    EXPECT_EQ(refused(std::string(kHeader) + body.substr(0, body.size() - 1)), "unexpected token");
    EXPECT_EQ(refused(std::string(kHeader) + "vg { = 1 }"), "unexpected token");
    EXPECT_EQ(refused(std::string(kHeader) + "seqno = 99999999999999999999\n" + body),
              "failed to read int token");
    EXPECT_EQ(refused(std::string(kHeader) + "\"\" = 1\n" + body), "empty section identifier");
    std::string deep = kHeader;
    for (int i = 0; i < 100; ++i) deep += "a {";
    EXPECT_EQ(refused(deep), "sections nested too deep");
}

TEST(LvmMetadata, ANulEndsTheText) {
    const std::string body = "vg { physical_volumes { " + pv("pv0", "") + "} }";
    EXPECT_EQ(refused(std::string(kHeader) + std::string("vg {\0", 5) + body.substr(4)),
              "unexpected token");
}

TEST(LvmNames, SplitsDeviceMapperNamesAsLibdm) {
    using Split = std::optional<std::pair<std::string, std::string>>;
    EXPECT_EQ(split_dm_lvm_name("rhel-root"), (Split{{"rhel", "root"}}));
    EXPECT_EQ(split_dm_lvm_name("a--b-c"), (Split{{"a-b", "c"}}));
    EXPECT_EQ(split_dm_lvm_name("vg--data-srv--www"), (Split{{"vg-data", "srv-www"}}));
    EXPECT_EQ(split_dm_lvm_name("vg-lv-real"), std::nullopt);  // an internal layer
    EXPECT_EQ(split_dm_lvm_name("mpatha1"), std::nullopt);
    EXPECT_EQ(split_dm_lvm_name("vg-"), std::nullopt);
    EXPECT_EQ(split_dm_lvm_name("E-EE-"), std::nullopt);  // LV "EE-" is E-EE--
    EXPECT_EQ(split_dm_lvm_name("E-EE--"), (Split{{"E", "EE-"}}));
    EXPECT_EQ(split_dm_lvm_name("-vg-lv"), std::nullopt);
    EXPECT_EQ(split_dm_lvm_name("vg-l%v"), std::nullopt);
}

TEST(LvmNames, ValidNames) {
    EXPECT_TRUE(valid_lvm_name("vg_01.a+b-c"));
    EXPECT_FALSE(valid_lvm_name(""));
    EXPECT_FALSE(valid_lvm_name("."));
    EXPECT_FALSE(valid_lvm_name(".."));
    EXPECT_FALSE(valid_lvm_name("-x"));
    EXPECT_FALSE(valid_lvm_name("a/b"));
    EXPECT_FALSE(valid_lvm_name(std::string(128, 'a')));
}

TEST(FstabFields, KeepsTypeAndOptions) {
    const Fstab fstab = parse_fstab("/srv /var/www none bind 0 0\nfs /x nfs\\0404\n");
    ASSERT_EQ(fstab.entries.size(), 2u);
    EXPECT_EQ(fstab.entries[0].fstype, "none");
    EXPECT_EQ(fstab.entries[0].options, "bind");
    EXPECT_EQ(fstab.entries[1].fstype, "nfs 4");  // escapes resolved, as libmount does
    EXPECT_EQ(fstab.entries[1].options, "");      // absent: libmount's defaults
}

// What tests/differential/keyfile_diff.py found GLib's GKeyFile to do.
TEST(KeyFileAsGLib, ReadsLinesAsGKeyFile) {
    auto parsed = parse_keyfile("# c\n [general] \t\n block-rpcs = a,b \nk[C]=c\nk[de]=d\nk[]=e\n");
    ASSERT_TRUE(std::holds_alternative<KeyFile>(parsed));
    const KeyFile& file = std::get<KeyFile>(parsed);
    ASSERT_NE(file.find("general", "block-rpcs"), nullptr);
    EXPECT_EQ(file.find("general", "block-rpcs")->raw_value, "a,b ");
    EXPECT_NE(file.find("general", "k[C]"), nullptr);  // the C locale's translation is kept
    EXPECT_EQ(file.find("general", "k[de]"), nullptr);
    EXPECT_NE(file.find("general", "k[]"), nullptr);  // no locale: a key of its own
}

TEST(KeyFileAsGLib, RefusesWhatGLibRefuses) {
    for (const char* text : {"[g]\f\nk=v\n", "[g]\nk]=v\n", "[g]\nk[de]x=v\n",
                             "[g]\nEncoding=latin1\n", "[g]\n\v#x\n", "k=v\n", "[g\x7f]\n"})
        EXPECT_TRUE(std::holds_alternative<ParseError>(parse_keyfile(text))) << text;
    // a vertical tab is no blank to GLib: it stays in the key and the value
    auto parsed = parse_keyfile("[g]\nk\v=\vv\n[h]\nEncoding=latin1\n");
    ASSERT_TRUE(std::holds_alternative<KeyFile>(parsed));
    EXPECT_EQ(std::get<KeyFile>(parsed).find("g", "k\v")->raw_value, "\vv");
}

}  // namespace
}  // namespace oscapvirt::model
