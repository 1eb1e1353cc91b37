#pragma once
// Host operating-system settings read as the programs that consume them read them: SELinux
// config (libselinux), sshd_config (sshd), sysctl.d (systemd-sysctl), unit enablement
// (systemctl), kernel command line (GRUB, BLS).
#include <optional>
#include <string>

#include "model/selinux_config.h"
#include "model/sshd_config.h"
#include "sources/root_fs.h"

namespace oscapvirt::facts {

inline constexpr const char* kSelinuxConfigPath = "/etc/selinux/config";

struct SelinuxConfigReading {
    bool exists = false;
    std::optional<model::SelinuxConfig> config;  // set when the file exists and was read
    std::string error;                           // why it could not be read
};

// sshd reads /etc/ssh/sshd_config; SUSE's sshd falls back to its vendor file in /usr/etc.
inline constexpr const char* kSshdConfigPath = "/etc/ssh/sshd_config";
inline constexpr const char* kSshdVendorConfigPath = "/usr/etc/ssh/sshd_config";

struct SshdConfigReading {
    std::string path;                         // the main file sshd reads; empty when there is none
    std::optional<model::SshdConfig> config;  // set when it and its Includes were read
    std::string error;                        // why not: unreadable file or a line sshd refuses
};

struct OsFacts {
    SelinuxConfigReading selinux_config;
    SshdConfigReading sshd_config;
};

SelinuxConfigReading read_selinux_config(const sources::RootFs& fs);
SshdConfigReading read_sshd_config(const sources::RootFs& fs);

// The paths an absolute glob(3) pattern names inside the root, sorted as glob sorts them (C
// locale); a leading '.' in a name is matched only explicitly. Directories that cannot be
// listed are errors.
sources::FsResult<std::vector<std::string>> glob_in_root(const sources::RootFs& fs,
                                                         const std::string& pattern);

}  // namespace oscapvirt::facts
