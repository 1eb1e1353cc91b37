#pragma once
// Host operating-system settings read as the programs that consume them read them: SELinux
// config (libselinux), sshd_config (sshd), sysctl.d (systemd-sysctl), unit enablement
// (systemctl), kernel command line (GRUB, BLS).
#include <optional>
#include <string>

#include "model/selinux_config.h"
#include "sources/root_fs.h"

namespace oscapvirt::facts {

inline constexpr const char* kSelinuxConfigPath = "/etc/selinux/config";

struct SelinuxConfigReading {
    bool exists = false;
    std::optional<model::SelinuxConfig> config;  // set when the file exists and was read
    std::string error;                           // why it could not be read
};

struct OsFacts {
    SelinuxConfigReading selinux_config;
};

SelinuxConfigReading read_selinux_config(const sources::RootFs& fs);

}  // namespace oscapvirt::facts
