#pragma once
// Host operating-system settings read as the programs that consume them read them: SELinux
// config (libselinux), sshd_config (sshd), sysctl.d (systemd-sysctl), unit enablement
// (systemctl), kernel command line (GRUB, BLS).
#include <map>
#include <optional>
#include <string>

#include "model/selinux_config.h"
#include "model/sshd_config.h"
#include "model/sysctl.h"
#include "facts/service_facts.h"
#include "facts/systemd_units.h"
#include "sources/root_fs.h"

namespace oscapvirt::facts {

inline constexpr const char* kSelinuxConfigPath = "/etc/selinux/config";

// nullopt: there is no such file.
using SelinuxConfigReading = Reading<std::optional<model::SelinuxConfig>>;

// sshd reads /etc/ssh/sshd_config; SUSE's sshd falls back to its vendor file in /usr/etc.
inline constexpr const char* kSshdConfigPath = "/etc/ssh/sshd_config";
inline constexpr const char* kSshdVendorConfigPath = "/usr/etc/ssh/sshd_config";

struct SshdConfigReading {
    std::string path;  // the main file sshd reads; empty when there is none
    // It and its Includes as sshd reads them, nullopt when there is no main file; an error for
    // an unreadable file or a line sshd refuses.
    Reading<std::optional<model::SshdConfig>> config;
};

inline constexpr const char* kSysctlConfPath = "/etc/sysctl.conf";
inline constexpr const char* kIpForwardProcPath = "/proc/sys/net/ipv4/ip_forward";

struct SysctlFiles {
    // Read, in order: systemd-sysctl's files, then /etc/sysctl.conf (procps' sysctl --system),
    // then ufw's sysctl file when ufw is enabled (its `sysctl -p` at start; parsed with the
    // same reader, an approximation of procps' parser).
    std::vector<std::string> files;
    model::SysctlOptions options;
};

struct SysctlReading {
    Reading<SysctlFiles> configured;          // an error when a file could not be read
    bool running = false;                     // the root is a running system (has /proc/cmdline)
    Reading<std::string> runtime_ip_forward;  // /proc/sys/net/ipv4/ip_forward, when running
};

struct OsFacts {
    SelinuxConfigReading selinux_config;
    SshdConfigReading sshd_config;
    SysctlReading sysctl;
    std::map<std::string, UnitReading> units;  // by unit name, the units checks ask for
    Reading<BootUnits> boot_units;             // kNeedBootUnits
    Reading<InetdServices> inetd_services;     // kNeedInetdServices
    Reading<AuditdProcess> auditd_process;     // kNeedAuditdProcess
};

SelinuxConfigReading read_selinux_config(const sources::RootFs& fs);
SshdConfigReading read_sshd_config(const sources::RootFs& fs);
// with_sysctl_conf: also /etc/sysctl.conf and ufw's file (see SysctlReading::files).
SysctlReading read_sysctl(const sources::RootFs& fs, bool with_sysctl_conf = true);
// The units whose enablement kNeedUnits collects.
inline const std::vector<std::string> kCheckedUnits = {"auditd.service"};

// The sysctl.d files systemd-sysctl reads, in order (without /etc/sysctl.conf).
sources::FsResult<std::vector<std::string>> sysctl_files(const sources::RootFs& fs);

// The paths an absolute glob(3) pattern names inside the root, sorted as glob sorts them (C
// locale); a leading '.' in a name is matched only explicitly. Directories that cannot be
// listed are errors.
sources::FsResult<std::vector<std::string>> glob_in_root(const sources::RootFs& fs,
                                                         const std::string& pattern);

}  // namespace oscapvirt::facts
