// The kernel command line readers on the cases their programs decide in a way a line regex does
// not: the kernel's quote-only splitting and last-wins options, GRUB's quoting and variables,
// grubenv's escapes, BLS options lines; and the facts over a fixture root.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "checks/registry.h"
#include "facts/kernel_cmdline_facts.h"
#include "model/boot_entries.h"
#include "model/grub_script.h"
#include "model/kernel_cmdline.h"
#include "model/shell_assignments.h"

namespace oscapvirt {
namespace {

std::vector<std::string> texts(std::string_view cmdline) {
    std::vector<std::string> out;
    for (const auto& p : model::split_kernel_cmdline(cmdline))
        out.push_back((p.for_init ? "init:" : "") + p.text());
    return out;
}

TEST(KernelCmdlineTest, SplitsAsNextArg) {
    EXPECT_EQ(texts("  root=UUID=1  ro\tquiet\n"),
              (std::vector<std::string>{"root=UUID=1", "ro", "quiet"}));
    // Double quotes only; a leading quote of the parameter or its value and its closing quote
    // are dropped, others stay; single quotes and backslashes are ordinary characters.
    EXPECT_EQ(texts("\"a selinux=0\" b=\"x y\" 'c d' e\\ f"),
              (std::vector<std::string>{"a selinux=0", "b=x y", "'c", "d'", "e\\", "f"}));
    EXPECT_EQ(model::split_kernel_cmdline("\"a selinux=0\"")[0].name, "a selinux");
    EXPECT_EQ(texts("x=a\"b c\" d"), (std::vector<std::string>{"x=a\"b c\"", "d"}));
    // A bare "--" hands the rest to init.
    EXPECT_EQ(texts("ro -- selinux=0 --"),
              (std::vector<std::string>{"ro", "init:selinux=0", "init:--"}));
    EXPECT_EQ(texts("ro --=1"), (std::vector<std::string>{"ro", "--=1"}));
}

TEST(KernelCmdlineTest, StrtoulBaseZero) {
    EXPECT_EQ(model::kernel_strtoul("0"), 0ULL);
    EXPECT_EQ(model::kernel_strtoul("0x0"), 0ULL);
    EXPECT_EQ(model::kernel_strtoul("+00"), 0ULL);
    EXPECT_EQ(model::kernel_strtoul("010"), 8ULL);
    EXPECT_EQ(model::kernel_strtoul("1\n"), 1ULL);
    EXPECT_FALSE(model::kernel_strtoul(""));
    EXPECT_FALSE(model::kernel_strtoul("08"));
    EXPECT_FALSE(model::kernel_strtoul("-0"));
    EXPECT_FALSE(model::kernel_strtoul("0x"));
    EXPECT_FALSE(model::kernel_strtoul("off"));
    EXPECT_FALSE(model::kernel_strtoul("99999999999999999999"));
}

std::vector<std::string> grub_args(const std::string& line, const std::string& kernelopts = "") {
    auto parsed = model::parse_grub_script(line);
    EXPECT_TRUE(std::holds_alternative<std::vector<model::GrubCommand>>(parsed)) << line;
    const auto& commands = std::get<std::vector<model::GrubCommand>>(parsed);
    return model::grub_expand(commands.at(0).words, [&](const std::string& name) {
        return name == "kernelopts" ? kernelopts : std::string();
    });
}

TEST(GrubScriptTest, QuotesEscapesAndVariables) {
    EXPECT_EQ(grub_args("linux /v 'selinux'=\"0\" a\\ b \"c\\$d\\q\""),
              (std::vector<std::string>{"linux", "/v", "selinux=0", "a b", "c$d\\q"}));
    // An unquoted variable splits at blanks and its quotes are data; a quoted one does not split.
    EXPECT_EQ(grub_args("linux /v x$kernelopts \"$kernelopts\"", " a \"b c\" "),
              (std::vector<std::string>{"linux", "/v", "xa", "\"b", "c\"", " a \"b c\" "}));
    EXPECT_EQ(grub_args("linux /v $unset '' ro"),
              (std::vector<std::string>{"linux", "/v", "", "ro"}));
    EXPECT_EQ(model::grub_loader_cmdline({"root=LABEL=my root", "a\"b", "ro"}),
              "\"root=LABEL=my root\" a\\\"b ro");
}

TEST(GrubScriptTest, CommandsAndErrors) {
    auto parsed = model::parse_grub_script(
        "# c\nif [ -z \"$k\" ]; then\n  set k=\"a b\"\nfi\nmenuentry 'x' {\n\tlinux /v $k\n}\n");
    ASSERT_TRUE(std::holds_alternative<std::vector<model::GrubCommand>>(parsed));
    const auto& commands = std::get<std::vector<model::GrubCommand>>(parsed);
    ASSERT_EQ(commands.size(), 4u);
    EXPECT_EQ(model::grub_literal(commands[1].words[0]), "set");
    EXPECT_EQ(commands[1].line, 3);
    EXPECT_EQ(commands[3].line, 6);
    EXPECT_EQ(model::grub_variables(commands[3].words), (std::set<std::string>{"k"}));
    for (const char* bad : {"linux /v \"a", "linux /v $ x", "linux /v a|b", "if x; then\n", "fi\n",
                            "menuentry x {\n", "linux /v ; ;", "linux /v\\\n"})
        EXPECT_TRUE(std::holds_alternative<model::ParseError>(model::parse_grub_script(bad)))
            << bad;
}

TEST(BootEntriesTest, GrubEnv) {
    auto env = model::parse_grubenv(
        "# GRUB Environment Block\n#x=1\nkernelopts=root=UUID=1 a\\\\b\\\nc\nlast=x");
    ASSERT_TRUE(std::holds_alternative<model::GrubEnv>(env));
    const auto& block = std::get<model::GrubEnv>(env);
    ASSERT_EQ(block.variables.size(), 1u);
    EXPECT_EQ(block.variables[0].second, "root=UUID=1 a\\b\nc");
    EXPECT_EQ(block.stopped_at, 5);  // no newline after last=x: GRUB stops there
    EXPECT_TRUE(std::holds_alternative<model::ParseError>(model::parse_grubenv("kernelopts=x\n")));
}

TEST(BootEntriesTest, BlsAndLegacy) {
    const auto entry = model::parse_bls_entry(
        "title x\n  options  root=UUID=1 ro \n#options selinux=0\noptions\noptions quiet\n");
    EXPECT_EQ(entry.options, "root=UUID=1 ro quiet");
    EXPECT_EQ(entry.option_lines, (std::vector<int>{2, 5}));
    const auto kernels = model::parse_legacy_grub_conf(
        "title x\n\tkernel --type=linux /vmlinuz ro root=LABEL=/\r\n#kernel /x root=LABEL=y\n");
    ASSERT_EQ(kernels.size(), 1u);
    EXPECT_EQ(kernels[0].image, "/vmlinuz");
    EXPECT_EQ(kernels[0].cmdline, "ro root=LABEL=/");
}

TEST(ShellAssignmentsTest, CommandOutputIsUnknownNotAnError) {
    const std::string text =
        "D=\"$(sed 's, release .*$,,g' /etc/system-release)\"\nL=\"$D ro\"\nK=`x`\nK=known\n";
    EXPECT_TRUE(std::holds_alternative<model::ParseError>(
        model::source_shell_assignments(text, {})));  // without the set: refused, as before
    std::set<std::string> unknown;
    auto vars = model::source_shell_assignments(text, {}, &unknown);
    ASSERT_TRUE(std::holds_alternative<model::ShellVariables>(vars));
    EXPECT_EQ(unknown, (std::set<std::string>{"D", "L"}));
    EXPECT_EQ(std::get<model::ShellVariables>(vars).at("K"), "known");
    EXPECT_TRUE(std::holds_alternative<model::ParseError>(
                    model::source_shell_assignments("A=x\nA=$A$A\n" + std::string(), {})) == false);
    std::string doubling = "A=xxxxxxxxxxxxxxxx\n";
    for (int i = 0; i < 20; ++i) doubling += "A=$A$A\n";
    EXPECT_TRUE(
        std::holds_alternative<model::ParseError>(model::source_shell_assignments(doubling, {})));
}

class KernelCmdlineFactsTest : public ::testing::Test {
   protected:
    void SetUp() override {
        char pattern[] = "/tmp/kernel-cmdline-test.XXXXXX";
        root_ = mkdtemp(pattern);
    }
    void TearDown() override { std::filesystem::remove_all(root_); }
    void write(const std::string& path, const std::string& text) {
        std::filesystem::create_directories((root_ / path.substr(1)).parent_path());
        std::ofstream(root_ / path.substr(1)) << text;
    }
    checks::Verdict judge(const std::string& check) {
        auto opened = sources::RootFs::open(root_);
        facts::Snapshot snapshot;
        snapshot.kernel_cmdlines =
            facts::collect_kernel_cmdlines(std::get<sources::RootFs>(opened));
        return checks::all_checks().find(check)->run(snapshot, {});
    }
    std::filesystem::path root_;
};

TEST_F(KernelCmdlineFactsTest, EveryValueOfAVariableIsJudged) {
    write("/boot/grub2/grub.cfg", "set kernelopts=\"root=UUID=1 ro selinux=0\"\nblscfg\n");
    write("/boot/grub2/grubenv", "# GRUB Environment Block\nkernelopts=root=UUID=1 ro\n####");
    write("/boot/loader/entries/a.conf", "linux /v\noptions $kernelopts selinux=1\n");
    // grubenv's kernelopts alone, and the entry with either value: selinux=1 comes last in both.
    EXPECT_EQ(judge("host_selinux_not_disabled_at_boot").result, checks::Result::Pass);
    write("/boot/loader/entries/a.conf", "linux /v\noptions selinux=1 $kernelopts\n");
    const auto verdict = judge("host_selinux_not_disabled_at_boot");
    EXPECT_EQ(verdict.result, checks::Result::Fail);
    bool named = false;
    for (const auto& line : verdict.evidence)
        named =
            named || line.find("kernelopts from /boot/grub2/grub.cfg line 1") != std::string::npos;
    EXPECT_TRUE(named);
}

TEST_F(KernelCmdlineFactsTest, NoSourceIsNotApplicableAndAnOddOneAnError) {
    write("/etc/os-release", "ID=rhel\n");
    EXPECT_EQ(judge("host_kernel_cmdline_no_filesystem_labels").result,
              checks::Result::NotApplicable);
    std::filesystem::create_directories(root_ / "etc/default");
    std::filesystem::create_symlink("../../../../../../etc/hostname", root_ / "etc/default/grub");
    EXPECT_EQ(judge("host_kernel_cmdline_no_filesystem_labels").result, checks::Result::Error);
}

}  // namespace
}  // namespace oscapvirt
