#pragma once
// State the running kernel reports under /proc and /sys (listening TCP sockets, KSM, KVM's
// nested parameter, CPU vulnerabilities) and the boot configuration that sets it again
// (modprobe.d, units), all read through the root-confined file access: an absolute symbolic
// link in the judged root is resolved inside it, never on the scanning machine.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "facts/reading.h"
#include "facts/systemd_units.h"
#include "model/kernel_reports.h"
#include "model/modprobe_conf.h"
#include "model/selinux_booleans.h"
#include "sources/root_fs.h"

namespace oscapvirt::facts {

// A root is a running system when its /proc holds the kernel command line; only then is what
// /proc and /sys hold the state of a running kernel.
inline constexpr const char* kProcCmdline = "/proc/cmdline";
bool is_running_system(const sources::RootFs& fs);

inline constexpr const char* kProcNetTcp = "/proc/net/tcp";
inline constexpr const char* kProcNetTcp6 = "/proc/net/tcp6";

struct ListeningSocket {
    model::TcpSocket socket;
    std::string file;  // /proc/net/tcp or /proc/net/tcp6
};

// The LISTEN sockets of /proc/net/tcp (required) and /proc/net/tcp6 (absent when IPv6 is off),
// decoded in this machine's byte order: the kernel whose /proc this is runs here.
Reading<std::vector<ListeningSocket>> read_tcp_listeners(const sources::RootFs& fs);

inline constexpr const char* kKsmRun = "/sys/kernel/mm/ksm/run";
inline const std::vector<std::string> kKsmUnits = {"ksm.service", "ksmtuned.service"};

struct KsmState {
    std::optional<unsigned long> run;         // nullopt: the kernel has no KSM (no file)
    std::map<std::string, UnitStatus> units;  // enablement of kKsmUnits
};
// `running`: read /sys/kernel/mm/ksm/run too (only a running system has it).
Reading<KsmState> read_ksm_state(const sources::RootFs& fs, bool running);

inline const std::vector<std::string> kKvmModules = {"kvm_intel", "kvm_amd"};

struct NestedSetting {
    std::string module;  // kvm_intel or kvm_amd
    std::string value;   // the nested= value as the kernel would receive it; "" for a bare flag
    bool bare = false;   // "nested" without a value (param_set_bool takes it as on)
    std::string file;
    int line = 0;
};

struct NestedVirt {
    // The nested parameter of each loaded KVM module (nullopt: module not loaded); only read on
    // a running system.
    std::map<std::string, std::optional<bool>> runtime;
    // Per module, the last nested= setting of its options lines (the one the kernel applies).
    std::map<std::string, NestedSetting> configured;
    std::vector<std::string> files;  // the modprobe.d files read, in order
};
Reading<NestedVirt> read_nested_virt(const sources::RootFs& fs, bool running);
// Every options line of modprobe.d, in kmod's reading order (exposed for the differential).
Reading<std::vector<model::ModprobeOptions>> read_modprobe_options(const sources::RootFs& fs,
                                                                   std::vector<std::string>* files);

inline constexpr const char* kCpuVulnerabilitiesDir = "/sys/devices/system/cpu/vulnerabilities";
// File name -> status line; nullopt when the kernel has no such directory.
using CpuVulnerabilities = std::optional<std::map<std::string, std::string>>;
Reading<CpuVulnerabilities> read_cpu_vulnerabilities(const sources::RootFs& fs);

// A policy store's or legacy file's local boolean settings.
struct LocalBooleanFile {
    std::string path;
    std::vector<model::LocalBoolean> booleans;
};
// Every booleans.local of the policy stores (/var/lib/selinux/*/active,
// /etc/selinux/*/modules/active, /etc/selinux/*/active) and the legacy /etc/selinux/*/booleans
// and booleans.local files, in that order.
Reading<std::vector<LocalBooleanFile>> read_local_booleans(const sources::RootFs& fs);

struct KernelState {
    bool running_system = false;                          // with any of the Need bits 48-51
    Reading<std::vector<ListeningSocket>> tcp_listeners;  // kNeedTcpListeners
    Reading<KsmState> ksm;                                // kNeedKsm
    Reading<NestedVirt> nested_virt;                      // kNeedNestedVirt
    Reading<CpuVulnerabilities> cpu_vulnerabilities;      // kNeedCpuVulnerabilities
};

}  // namespace oscapvirt::facts
