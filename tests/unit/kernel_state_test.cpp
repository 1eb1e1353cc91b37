// Readers of kernel-generated files (/proc/net/tcp, sysfs values, CPU vulnerabilities),
// modprobe.d as kmod reads it, SELinux local boolean files, the facts read through the
// root-confined access (absolute links stay in the root, FIFOs are errors) and the checks.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "checks/registry.h"
#include "facts/kernel_state_facts.h"
#include "model/kernel_reports.h"
#include "model/modprobe_conf.h"
#include "model/selinux_booleans.h"
#include "temp_root.h"

namespace oscapvirt {
namespace {

namespace fs = std::filesystem;
using model::IpFamily;

constexpr const char* kTcpHeader =
    "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
    "timeout inode\n";

std::vector<model::TcpSocket> sockets(const std::string& text, IpFamily family, bool le = true) {
    auto parsed = model::parse_proc_net_tcp(text, family, le);
    EXPECT_TRUE(std::holds_alternative<std::vector<model::TcpSocket>>(parsed))
        << std::get<model::ParseError>(parsed).describe();
    if (!std::holds_alternative<std::vector<model::TcpSocket>>(parsed)) return {};
    return std::get<std::vector<model::TcpSocket>>(parsed);
}

bool refused(const std::string& text, IpFamily family = IpFamily::V4) {
    return std::holds_alternative<model::ParseError>(model::parse_proc_net_tcp(text, family, true));
}

TEST(ProcNetTcpTest, DecodesAddressesInTheMachinesByteOrder) {
    const auto v4 = sockets(std::string(kTcpHeader) +
                                "   0: 0100007F:0019 00000000:0000 0A 00000000:00000000 "
                                "00:00000000 00000000     0        0 1 1 0 100 0 0 10 0\n"
                                "   1: 017AA8C0:0035 00000000:0000 0A 00000000:00000000 "
                                "00:00000000 00000000     0        0 2 1 0 100 0 0 10 0\n"
                                "   2: 0F02000A:0016 0102000A:C350 01 00000000:00000000 "
                                "00:00000000 00000000     0        0 3 1 0 100 0 0 10 0\n",
                            IpFamily::V4);
    ASSERT_EQ(v4.size(), 3u);
    EXPECT_EQ(model::address_text(v4[0]), "127.0.0.1");
    EXPECT_EQ(v4[0].port, 25);
    EXPECT_TRUE(model::is_loopback(v4[0]));
    EXPECT_EQ(model::address_text(v4[1]), "192.168.122.1");
    EXPECT_EQ(v4[1].port, 53);
    EXPECT_FALSE(model::is_loopback(v4[1]));
    EXPECT_EQ(v4[1].state, model::kTcpListen);
    EXPECT_EQ(v4[2].state, 1u);  // ESTABLISHED
    EXPECT_EQ(v4[2].line, 4);
    // The same bytes from a big-endian kernel: 7F000001 is 127.0.0.1 there.
    const auto be = sockets(
        std::string(kTcpHeader) + "   0: 7F000001:0019 00000000:0000 0A 00000000:00000000 x\n",
        IpFamily::V4, false);
    ASSERT_EQ(be.size(), 1u);
    EXPECT_TRUE(model::is_loopback(be[0]));
}

TEST(ProcNetTcpTest, Ipv6LoopbackAndMappedAddresses) {
    const std::string header =
        "  sl  local_address                         remote_address                        st\n";
    const std::string zeros(32, '0');
    const auto v6 =
        sockets(header + "   0: 00000000000000000000000001000000:0016 " + zeros + ":0000 0A 0\n" +
                    "   1: 0000000000000000FFFF00000100007F:1F91 " + zeros + ":0000 0A 0\n" +
                    "   2: 0000000000000000FFFF00000100000A:1F91 " + zeros + ":0000 0A 0\n" +
                    "   3: " + zeros + ":0016 " + zeros + ":0000 0A 0\n",
                IpFamily::V6);
    ASSERT_EQ(v6.size(), 4u);
    EXPECT_TRUE(model::is_loopback(v6[0]));   // ::1
    EXPECT_TRUE(model::is_loopback(v6[1]));   // ::ffff:127.0.0.1
    EXPECT_FALSE(model::is_loopback(v6[2]));  // ::ffff:10.0.0.1
    EXPECT_FALSE(model::is_loopback(v6[3]));  // ::
    EXPECT_EQ(model::address_text(v6[3]), "[0:0:0:0:0:0:0:0]");
}

TEST(ProcNetTcpTest, RefusesWhatTheKernelNeverWrites) {
    EXPECT_TRUE(refused(""));
    EXPECT_TRUE(refused("garbage\n"));
    EXPECT_TRUE(refused(std::string(kTcpHeader) + "   0: 0.0.0.0:22 00000000:0000 0A 0\n"));
    EXPECT_TRUE(refused(std::string(kTcpHeader) + "   0: 00000000:16 00000000:0000 0A 0\n"));
    EXPECT_TRUE(refused(std::string(kTcpHeader) + "   0: 00000000:0016 00000000:0000 0A"));
    EXPECT_TRUE(refused(std::string(kTcpHeader) + "   0: 0000000:00016 00000000:0000 0A 0\n"));
    EXPECT_TRUE(refused(std::string(kTcpHeader) + "   0: 00000000:0016 00000000:0000 0A 0\n",
                        IpFamily::V6));
    EXPECT_FALSE(refused(kTcpHeader));
}

TEST(SysfsValueTest, NumbersAndSwitchesAsTheKernelPrintsThem) {
    EXPECT_EQ(std::get<unsigned long>(model::parse_sysfs_unsigned("2\n")), 2ul);
    EXPECT_EQ(std::get<unsigned long>(model::parse_sysfs_unsigned("0")), 0ul);
    for (const char* bad : {"", "\n", "-1\n", "1 \n", "one\n", "99999999999999999999999\n"})
        EXPECT_TRUE(std::holds_alternative<model::ParseError>(model::parse_sysfs_unsigned(bad)))
            << bad;
    EXPECT_TRUE(std::get<bool>(model::parse_module_switch("Y\n")));
    EXPECT_FALSE(std::get<bool>(model::parse_module_switch("N\n")));
    EXPECT_TRUE(std::get<bool>(model::parse_module_switch("1\n")));
    EXPECT_FALSE(std::get<bool>(model::parse_module_switch("0\n")));
    for (const char* bad : {"y\n", "yes\n", "\n", "0x1\n"})
        EXPECT_TRUE(std::holds_alternative<model::ParseError>(model::parse_module_switch(bad)))
            << bad;
}

TEST(SysfsValueTest, KstrtoboolAndKstrtointAsTheKernel) {
    for (const char* on : {"1", "y", "Y", "yes", "t", "on", "ON", "On"})
        EXPECT_EQ(model::kstrtobool(on), std::optional<bool>(true)) << on;
    for (const char* off : {"0", "n", "N", "no", "f", "off", "OFF", "0x1"})
        EXPECT_EQ(model::kstrtobool(off), std::optional<bool>(false)) << off;
    for (const char* bad : {"", "o", "2", "enable", " 1"})
        EXPECT_FALSE(model::kstrtobool(bad)) << bad;
    EXPECT_EQ(model::kstrtoint("0x10"), 16);
    EXPECT_EQ(model::kstrtoint("010"), 8);
    EXPECT_EQ(model::kstrtoint("-3\n"), -3);
    EXPECT_EQ(model::kstrtoint("+1"), 1);
    EXPECT_EQ(model::kstrtoint("0"), 0);
    for (const char* bad : {"", "Y", "on", "08", "1 ", "2147483648", "0x"})
        EXPECT_FALSE(model::kstrtoint(bad)) << bad;
}

TEST(CpuVulnerabilityTest, StatusesAsTheKernelReportsThem) {
    using S = model::CpuVulnerabilityStatus;
    EXPECT_EQ(model::cpu_vulnerability_status("Not affected"), S::Mitigated);
    EXPECT_EQ(model::cpu_vulnerability_status("Mitigation: PTI"), S::Mitigated);
    EXPECT_EQ(model::cpu_vulnerability_status("Unknown: Dependent on hypervisor status"),
              S::Mitigated);
    EXPECT_EQ(model::cpu_vulnerability_status("Vulnerable: No microcode"), S::Vulnerable);
    EXPECT_EQ(model::cpu_vulnerability_status("Mitigation: Retpolines; BHI: Vulnerable"),
              S::Vulnerable);
    EXPECT_EQ(model::cpu_vulnerability_status("Processor vulnerable"), S::Vulnerable);
    EXPECT_EQ(model::cpu_vulnerability_status("Mitigation: Clear CPU buffers; SMT vulnerable"),
              S::SmtVulnerable);
    EXPECT_EQ(model::cpu_vulnerability_status("Mitigation: X; NotVulnerable_flag"), S::Mitigated);
}

TEST(ModprobeConfTest, FilesInKmodsOrderWithOverrides) {
    const auto files = model::select_modprobe_files(
        {{"/etc/modprobe.d", {"kvm.conf", ".hidden.conf", "x.conf.bak", ".conf", "b.alias"}},
         {"/run/modprobe.d", {"a.conf"}},
         {"/lib/modprobe.d", {"kvm.conf", "z.conf"}}});
    EXPECT_EQ(files,
              (std::vector<std::string>{"/run/modprobe.d/a.conf", "/etc/modprobe.d/b.alias",
                                        "/etc/modprobe.d/kvm.conf", "/lib/modprobe.d/z.conf"}));
}

TEST(ModprobeConfTest, OptionsLinesAsKmodReadsThem) {
    const auto lines = model::parse_modprobe_options(
        "#options kvm_intel nested=1\n"
        "  # options kvm_amd nested=1\n"  // an indented '#' is an unknown command: ignored
        "  options\tkvm-intel\tept=1\tnested=Y\n"
        "options kvm_amd \\\n  nested=1 # c\n"
        "options kvm_amd\n"           // no options: a syntax error kmod skips
        "options kvm]amd nested=1\n"  // refused module name
        "alias kvm-x kvm_intel\n"
        "options kvm_intel nested=0",  // no final newline
        "/etc/modprobe.d/kvm.conf");
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0].module, "kvm_intel");
    EXPECT_EQ(lines[0].options, "ept=1 nested=Y");
    EXPECT_EQ(lines[0].line, 3);
    EXPECT_EQ(lines[1].module, "kvm_amd");
    EXPECT_EQ(lines[1].options, "  nested=1 # c");
    EXPECT_EQ(lines[1].line, 4);
    EXPECT_EQ(lines[2].options, "nested=0");
    EXPECT_EQ(lines[2].line, 9);
}

TEST(ModprobeConfTest, ParametersAsTheKernelSplitsThem) {
    const auto params =
        model::split_module_params("  ept=1 nes-ted=\"1\" \"nested=Y\" flag # -- x=2");
    ASSERT_EQ(params.size(), 5u);
    EXPECT_EQ(params[0].name, "ept");
    EXPECT_EQ(params[1].name, "nes_ted");
    EXPECT_EQ(params[1].value, std::optional<std::string>("1"));
    EXPECT_EQ(params[2].name, "nested");
    EXPECT_EQ(params[2].value, std::optional<std::string>("Y"));
    EXPECT_EQ(params[3].name, "flag");
    EXPECT_FALSE(params[3].value);
    EXPECT_EQ(params[4].name, "#");  // unknown: the kernel ignores it; "--" ends the list
}

TEST(SelinuxBooleansTest, BooleansLocalAsLibsemanageReadsIt) {
    const auto parsed = model::parse_booleans_local(
        "# comment\n  virt_use_nfs = 1\nunprivuser_use_svirt=true staff_use_svirt=FALSE\n\n");
    ASSERT_TRUE(std::holds_alternative<std::vector<model::LocalBoolean>>(parsed));
    const auto& booleans = std::get<std::vector<model::LocalBoolean>>(parsed);
    ASSERT_EQ(booleans.size(), 3u);
    EXPECT_EQ(booleans[1].name, "unprivuser_use_svirt");
    EXPECT_TRUE(booleans[1].value);
    EXPECT_EQ(booleans[1].line, 3);
    EXPECT_FALSE(booleans[2].value);
    for (const char* bad : {"a=on\n", "a=2\n", "a 1\n", "=1\n", "a=1# c\n", "a=\n", "a=True\n"})
        EXPECT_TRUE(std::holds_alternative<model::ParseError>(model::parse_booleans_local(bad)))
            << bad;
}

TEST(SelinuxBooleansTest, LegacyFilesAsOldLibselinuxReadThem) {
    const auto parsed = model::parse_legacy_booleans("# x\n unprivuser_use_svirt = True\nb=0\n");
    ASSERT_TRUE(std::holds_alternative<std::vector<model::LocalBoolean>>(parsed));
    const auto& booleans = std::get<std::vector<model::LocalBoolean>>(parsed);
    ASSERT_EQ(booleans.size(), 2u);
    EXPECT_EQ(booleans[0].name, "unprivuser_use_svirt");
    EXPECT_TRUE(booleans[0].value);
    EXPECT_TRUE(std::holds_alternative<model::ParseError>(model::parse_legacy_booleans("a=2\n")));
    EXPECT_TRUE(std::holds_alternative<model::ParseError>(model::parse_legacy_booleans("a\n")));
}

class KernelStateRootTest : public testing::TempRootTest {
   protected:
    checks::Verdict run(const std::string& id, facts::Needs needs,
                        const checks::Params& params = {}) {
        const auto registry = checks::all_checks();
        const checks::Check* check = registry.find(id);
        EXPECT_NE(check, nullptr);
        facts::Snapshot snapshot;
        facts::CollectOptions options;
        options.uri = "none";
        options.needs = needs;
        const auto rootfs = open();
        facts::collect_host_facts(rootfs, options, snapshot);
        return check->run(snapshot, params);
    }
};

TEST_F(KernelStateRootTest, AbsoluteLinksAreFollowedInsideTheRoot) {
    write("/proc/cmdline", "ro\n");
    // This machine's /etc/hostname is no KSM state: the link must lead to the root's own file.
    write("/etc/hostname", "1\n");
    link("/etc/hostname", "/sys/kernel/mm/ksm/run");
    const auto ksm = facts::read_ksm_state(open(), true);
    ASSERT_TRUE(ksm) << ksm.error().reason;
    EXPECT_EQ(ksm->run, std::optional<unsigned long>(1));
    EXPECT_EQ(run("host_ksm_disabled", facts::kNeedKsm).result, checks::Result::Fail);
}

TEST_F(KernelStateRootTest, FifosAreErrors) {
    write("/proc/cmdline", "ro\n");
    fifo("/proc/net/tcp");
    EXPECT_FALSE(facts::read_tcp_listeners(open()));
    EXPECT_EQ(run("host_tcp_listeners_allowed", facts::kNeedTcpListeners,
                  {{"HOST_ALLOWED_TCP_LISTEN_PORTS", "22"}})
                  .result,
              checks::Result::Error);
    fifo("/etc/modprobe.d/kvm.conf");
    EXPECT_FALSE(facts::read_nested_virt(open(), false));
}

TEST_F(KernelStateRootTest, NestedSettingLastValueWinsAcrossFiles) {
    write("/usr/lib/modprobe.d/10-kvm.conf", "options kvm_intel nested=0\n");
    write("/etc/modprobe.d/20-kvm.conf", "options kvm-intel nested=1 nested=off\n");
    write("/run/modprobe.d/30-amd.conf", "options kvm_amd nested\n");
    const auto nested = facts::read_nested_virt(open(), false);
    ASSERT_TRUE(nested);
    EXPECT_EQ(nested->configured.at("kvm_intel").value, "off");
    EXPECT_EQ(nested->configured.at("kvm_intel").file, "/etc/modprobe.d/20-kvm.conf");
    EXPECT_TRUE(nested->configured.at("kvm_amd").bare);
    // Offline: the bare kvm_amd flag fails whatever the loaded modules say.
    EXPECT_EQ(run("host_nested_virt_disabled", facts::kNeedNestedVirt).result,
              checks::Result::Fail);
    EXPECT_EQ(run("host_nested_virt_disabled", facts::kNeedNestedVirt,
                  {{"NESTED_VIRTUALIZATION_ALLOWED", "true"}})
                  .result,
              checks::Result::Pass);
    EXPECT_EQ(run("host_nested_virt_disabled", facts::kNeedNestedVirt,
                  {{"NESTED_VIRTUALIZATION_ALLOWED", "maybe"}})
                  .result,
              checks::Result::Error);
}

TEST_F(KernelStateRootTest, OfflineRootsAreUnknown) {
    write("/sys/fs/selinux/enforce", "1");
    write("/sys/devices/system/cpu/vulnerabilities/mds", "Not affected\n");
    EXPECT_EQ(run("host_selinux_enforcing_runtime", facts::kNeedSelinuxState).result,
              checks::Result::Unknown);
    EXPECT_EQ(run("host_cpu_vulnerabilities_mitigated", facts::kNeedCpuVulnerabilities).result,
              checks::Result::Unknown);
    EXPECT_EQ(run("host_tcp_listeners_allowed", facts::kNeedTcpListeners,
                  {{"HOST_ALLOWED_TCP_LISTEN_PORTS", "22"}})
                  .result,
              checks::Result::Unknown);
    EXPECT_EQ(run("host_ksm_disabled", facts::kNeedKsm).result, checks::Result::Unknown);
}

TEST_F(KernelStateRootTest, TcpListenerPortsMatchTheValueEntirely) {
    write("/proc/cmdline", "ro\n");
    write("/proc/net/tcp", std::string(kTcpHeader) +
                               "   0: 00000000:0016 00000000:0000 0A 00000000:00000000 x\n"
                               "   1: 00000000:00DC 00000000:0000 0A 00000000:00000000 x\n");
    // 220 (0xDC) matches "22" only partly.
    EXPECT_EQ(run("host_tcp_listeners_allowed", facts::kNeedTcpListeners,
                  {{"HOST_ALLOWED_TCP_LISTEN_PORTS", "22"}})
                  .result,
              checks::Result::Fail);
    EXPECT_EQ(run("host_tcp_listeners_allowed", facts::kNeedTcpListeners,
                  {{"HOST_ALLOWED_TCP_LISTEN_PORTS", "22|220"}})
                  .result,
              checks::Result::Pass);
    EXPECT_EQ(run("host_tcp_listeners_allowed", facts::kNeedTcpListeners,
                  {{"HOST_ALLOWED_TCP_LISTEN_PORTS", "22|("}})
                  .result,
              checks::Result::Error);
}

TEST_F(KernelStateRootTest, LegacySelinuxfsAndLocalBooleans) {
    write("/proc/cmdline", "ro\n");
    write("/selinux/enforce", "0");
    EXPECT_EQ(run("host_selinux_enforcing_runtime", facts::kNeedSelinuxState).result,
              checks::Result::Fail);
    write("/etc/selinux/targeted/modules/active/booleans.local", "unprivuser_use_svirt=1\n");
    const auto stores = facts::read_local_booleans(open());
    ASSERT_TRUE(stores);
    ASSERT_EQ(stores->size(), 1u);
    EXPECT_EQ((*stores)[0].path, "/etc/selinux/targeted/modules/active/booleans.local");
}

}  // namespace
}  // namespace oscapvirt
