// The readers behind guest_agent_rpcs_blocked: systemd environment files, systemd command lines
// and their expansion, qemu-ga's configuration lists and option parsing, and the facts that
// tie them to a root.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "facts/guest_agent_facts.h"
#include "model/dpkg_status.h"
#include "model/env_file.h"
#include "model/file_contexts.h"
#include "model/qemu_ga.h"
#include "model/systemd_exec.h"

namespace oscapvirt {
namespace {

namespace fs = std::filesystem;
using model::ParseError;

std::map<std::string, std::string> env_of(const std::string& text) {
    auto parsed = model::parse_env_file(text);
    if (auto* err = std::get_if<ParseError>(&parsed)) {
        ADD_FAILURE() << err->describe();
        return {};
    }
    std::map<std::string, std::string> env;
    for (const auto& a : std::get<std::vector<model::EnvAssignment>>(parsed)) env[a.name] = a.value;
    return env;
}

TEST(EnvFileTest, QuotesEscapesAndComments) {
    const auto env = env_of(
        "# comment\n"
        "; another\n"
        "  A = plain value   \n"
        "B=\"double \\\"q\\\" \\n kept\"\n"
        "C='single \\ $x'\n"
        "D=one\\\ntwo\n"
        "E=\"x\"'y'z\n"
        "F=\n"
        "no equals here\n"
        "1BAD=x\n"
        "A=again\n"
        "G=\"unfinished");
    EXPECT_EQ(env.at("A"), "again");
    EXPECT_EQ(env.at("B"), "double \"q\" \\n kept");
    EXPECT_EQ(env.at("C"), "single \\ $x");
    EXPECT_EQ(env.at("D"), "onetwo");
    EXPECT_EQ(env.at("E"), "xyz");
    EXPECT_EQ(env.at("F"), "");
    EXPECT_EQ(env.at("G"), "unfinished");
    EXPECT_FALSE(env.count("1BAD"));
    EXPECT_EQ(env.size(), 7u);
}

TEST(EnvFileTest, RefusedInputs) {
    EXPECT_TRUE(std::holds_alternative<ParseError>(model::parse_env_file("A=\xff\n")));
    // systemd 252 and 254 disagree on the line after a comment ending in a backslash
    EXPECT_TRUE(std::holds_alternative<ParseError>(model::parse_env_file("# x \\\nA=1\n")));
    EXPECT_EQ(env_of("# x \\\n# y\nA=1\n").at("A"), "1");
}

model::ExecCommand command_of(const std::string& value) {
    auto parsed = model::parse_exec_command(value);
    if (auto* err = std::get_if<ParseError>(&parsed)) {
        ADD_FAILURE() << err->describe();
        return {};
    }
    return std::get<model::ExecCommand>(parsed);
}

TEST(SystemdExecTest, WordsPrefixesAndExpansion) {
    const model::Environment env = {{"ARGS", "-b 'a b',c  --x"}, {"ONE", "p q"}};
    auto command = command_of(
        "-/usr/bin/qemu-ga $ARGS ${ONE} pre${ONE}post \"$ARGS\" $UNSET "
        "${UNSET} $$ONE \\x41\\tz %%");
    EXPECT_TRUE(command.ignore_failure);
    EXPECT_EQ(command.path, "/usr/bin/qemu-ga");
    EXPECT_EQ(
        model::expand_exec_argv(command, env),
        (std::vector<std::string>{"/usr/bin/qemu-ga", "-b", "a b,c", "--x", "p q", "prep qpost",
                                  "-b", "a b,c", "--x", "", "$ONE", "A\tz", "%"}));
    command = command_of("@:/usr/bin/qemu-ga qga $ARGS");
    EXPECT_EQ(model::expand_exec_argv(command, env), (std::vector<std::string>{"qga", "$ARGS"}));
}

TEST(SystemdExecTest, RefusedCommandLines) {
    for (const char* value : {"/bin/x %n", "/bin/x \\q", "/bin/x 'open", "/bin/x ; /bin/y", ""})
        EXPECT_TRUE(std::holds_alternative<ParseError>(model::parse_exec_command(value))) << value;
}

TEST(SystemdExecTest, EnvironmentSetting) {
    auto parsed = model::parse_environment_setting("A=1 \"B=two words\" bad C=\\x41");
    ASSERT_TRUE(std::holds_alternative<model::Environment>(parsed));
    EXPECT_EQ(std::get<model::Environment>(parsed),
              (model::Environment{{"A", "1"}, {"B", "two words"}, {"C", "A"}}));
}

model::QemuGaCommandLine args_of(std::vector<std::string> args,
                                 model::QemuGaVersion version = model::QemuGaVersion::V8_1) {
    return model::parse_qemu_ga_arguments(args, version);
}

TEST(QemuGaTest, OptionsAddUp) {
    const auto line = args_of({"-vb", "a,b", "operand", "--bl=c", "--block", "d", "-be",
                               "--allow-rpcs", "x", "-ay", "-c", "/conf", "--", "-b", "z"});
    EXPECT_TRUE(line.exits.empty()) << line.exits;
    EXPECT_EQ(line.filter.blocked, (std::vector<std::string>{"a", "b", "c", "d", "e"}));
    EXPECT_EQ(line.filter.allowed, (std::vector<std::string>{"x", "y"}));
    EXPECT_EQ(line.config, "/conf");
}

TEST(QemuGaTest, OptionsThatMakeItExit) {
    for (const auto& args : std::vector<std::vector<std::string>>{{"--nope"},
                                                                  {"--d"},
                                                                  {"-b"},
                                                                  {"--block-rpcs"},
                                                                  {"-x"},
                                                                  {"--verbose=1"},
                                                                  {"-h"},
                                                                  {"-b", "help"},
                                                                  {"-V"}})
        EXPECT_FALSE(args_of(args).exits.empty()) << args.front();
    // 7.2 knows no allow list and no -c
    EXPECT_FALSE(args_of({"--allow-rpcs=x"}, model::QemuGaVersion::V7_2).exits.empty());
    EXPECT_FALSE(args_of({"-c", "/x"}, model::QemuGaVersion::V7_2).exits.empty());
}

TEST(QemuGaTest, ConfigListsAndRefusal) {
    auto config = [](const std::string& text) {
        auto file = model::parse_keyfile(text);
        return model::qemu_ga_config_filter(std::get<model::KeyFile>(file),
                                            model::QemuGaVersion::V8_1);
    };
    auto filter = config("[general]\nblock-rpcs=a,b\nblacklist=c; d,\nallow-rpcs=x\n");
    ASSERT_TRUE(std::holds_alternative<model::RpcFilter>(filter));
    const auto& f = std::get<model::RpcFilter>(filter);
    EXPECT_EQ(f.blocked, (std::vector<std::string>{"c; d", ""}));  // blacklist hides block-rpcs
    EXPECT_EQ(f.allowed, (std::vector<std::string>{"x"}));
    EXPECT_TRUE(f.refuses("a"));  // not in the allow list
    EXPECT_FALSE(f.refuses("x"));
    EXPECT_TRUE(std::holds_alternative<ParseError>(config("[general]\nverbose=yes\n")));
    EXPECT_TRUE(std::holds_alternative<ParseError>(config("[general]\nblock-rpcs=a\\x\n")));
}

std::vector<model::FileContextSpec> specs_of(const std::string& text, const std::string& file) {
    auto parsed = model::parse_file_contexts(text, file);
    if (auto* err = std::get_if<ParseError>(&parsed)) {
        ADD_FAILURE() << err->describe();
        return {};
    }
    return std::get<std::vector<model::FileContextSpec>>(parsed);
}

std::string context_of(const std::vector<model::FileContextSpec>& specs, const std::string& path,
                       const std::string& type = "--") {
    auto found = model::lookup_file_context(specs, path, type);
    if (auto* err = std::get_if<ParseError>(&found)) return "error: " + err->message;
    const auto& spec = std::get<std::optional<model::FileContextSpec>>(found);
    return spec ? model::context_type(spec->context) : "none";
}

TEST(FileContextsTest, LookupOrderAsLibselinux) {
    auto specs = specs_of(
        "# base\n/usr/bin/qemu-ga\t--\tu:r:virt_qemu_ga_exec_t:s0\n/usr/bin(/.*)?  u:r:bin_t:s0\n",
        "file_contexts");
    const auto local = specs_of("/usr/bin/q.*  u:r:local_t:s0\n/usr/bin/qemu-ga -d u:r:dir_t:s0\n",
                                "file_contexts.local");
    specs.insert(specs.end(), local.begin(), local.end());
    EXPECT_EQ(context_of(specs, "/usr/bin/qemu-ga"), "virt_qemu_ga_exec_t");  // exact first
    EXPECT_EQ(context_of(specs, "/usr/bin/qemu-ga", "-d"), "dir_t");
    EXPECT_EQ(context_of(specs, "/usr/bin/qemu-img"), "local_t");  // later regex wins
    EXPECT_EQ(context_of(specs, "/usr/bin/ls"), "bin_t");
    EXPECT_EQ(context_of(specs, "/usr/binx"), "none");  // anchored at both ends
    EXPECT_EQ(context_of(specs_of("/a|/b/.* u:r:x_t\n", "f"), "/b/c"), "x_t");
}

TEST(FileContextsTest, RefusedLinesAndRegexes) {
    EXPECT_TRUE(
        std::holds_alternative<ParseError>(model::parse_file_contexts("/a -x u:r:t\n", "f")));
    EXPECT_TRUE(std::holds_alternative<ParseError>(model::parse_file_contexts("/a\n", "f")));
    EXPECT_EQ(specs_of("/a -- u:r:t:s0 extra\n", "f").at(0).context, "u:r:t:s0");
    EXPECT_EQ(context_of(specs_of("/a/(.* u:r:t\n", "f"), "/a/b").rfind("error", 0), 0u);
}

TEST(QemuGaTest, VersionFromDpkg) {
    const std::string status =
        "Package: qemu-guest-agent\nStatus: deinstall ok config-files\nVersion: 1:5.2\n\n"
        "Package: other\nStatus: install ok installed\nVersion: 9.0\n\n"
        "Package: qemu-guest-agent\nStatus: install ok installed\nDescription: x\n y\n"
        "Version: 1:7.2+dfsg-7+deb12u18+b3\n";
    const auto version = model::dpkg_installed_version(status, "qemu-guest-agent");
    ASSERT_TRUE(version);
    EXPECT_EQ(model::debian_upstream_version(*version), "7.2+dfsg");
    EXPECT_EQ(model::qemu_ga_version_of("7.2+dfsg"), model::QemuGaVersion::V7_2);
    EXPECT_EQ(model::qemu_ga_version_of("8.0.4"), model::QemuGaVersion::V7_2);
    EXPECT_EQ(model::qemu_ga_version_of("8.1"), model::QemuGaVersion::V8_1);
    EXPECT_EQ(model::qemu_ga_version_of("10.0.2+ds"), model::QemuGaVersion::V8_1);
    EXPECT_FALSE(
        model::dpkg_installed_version("Package: qemu-guest-agent\nStatus: install ok "
                                      "config-files\nVersion: 1\n",
                                      "qemu-guest-agent"));
}

class AgentRootTest : public ::testing::Test {
   protected:
    void SetUp() override {
        char pattern[] = "/tmp/agent-test.XXXXXX";
        root_ = mkdtemp(pattern);
    }
    void TearDown() override { fs::remove_all(root_); }
    void write(const std::string& path, const std::string& text) {
        fs::create_directories((root_ / path.substr(1)).parent_path());
        std::ofstream(root_ / path.substr(1)) << text;
    }
    sources::RootFs open() { return std::get<sources::RootFs>(sources::RootFs::open(root_)); }
    fs::path root_;
};

TEST_F(AgentRootTest, EnvironmentFilesOverrideAndConfigPaths) {
    write("/usr/bin/qemu-ga", "");
    write("/etc/default/qga", "QGA_CONF=/etc/other.conf\nX=file\n");
    write("/usr/lib/systemd/system/qemu-guest-agent.service",
          "[Service]\nEnvironment=X=unit Y=kept\nEnvironmentFile=-/etc/default/qga\n"
          "EnvironmentFile=-/etc/missing\nExecStart=/usr/bin/qemu-ga -c /etc/c.conf\n"
          "ExecStart=/usr/bin/qemu-ga $X\n");
    write("/etc/c.conf", "[general]\nblock-rpcs=a\n");
    const auto rootfs = open();
    const auto agent = facts::read_guest_agent(rootfs);
    ASSERT_TRUE(agent.environment) << agent.environment.error().reason;
    EXPECT_EQ(agent.environment->at("X"), "file");
    EXPECT_EQ(agent.environment->at("Y"), "kept");
    ASSERT_EQ(agent.commands.size(), 2u);
    EXPECT_EQ(*agent.commands[1].argv, (std::vector<std::string>{"/usr/bin/qemu-ga", "file"}));
    EXPECT_TRUE(agent.configs.at("/etc/c.conf")->has_value());
    EXPECT_FALSE(agent.configs.at("/etc/other.conf")->has_value());  // QGA_CONF, absent
}

TEST_F(AgentRootTest, MissingEnvironmentFileWithoutDashIsAnError) {
    write("/usr/bin/qemu-ga", "");
    write("/usr/lib/systemd/system/qemu-guest-agent.service",
          "[Service]\nEnvironmentFile=/etc/sysconfig/qemu-ga\nExecStart=/usr/bin/qemu-ga\n");
    const auto agent = facts::read_guest_agent(open());
    ASSERT_FALSE(agent.environment);
    EXPECT_NE(agent.environment.error().reason.find("missing"), std::string::npos);
}

}  // namespace
}  // namespace oscapvirt
