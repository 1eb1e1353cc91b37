#pragma once
// The QEMU guest agent of the judged root: its binary, the systemd unit that starts it (unit
// file and drop-ins, facts/systemd_units.h), the environment systemd gives it (Environment= and
// EnvironmentFile=, model/env_file.h) and the configuration files it would load
// (model/qemu_ga.h), all read through the root-confined file access.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "facts/reading.h"
#include "model/file_contexts.h"
#include "model/keyfile.h"
#include "model/qemu_ga.h"
#include "model/systemd_exec.h"
#include "model/systemd_units.h"
#include "sources/root_fs.h"

namespace oscapvirt::facts {

inline constexpr const char* kGuestAgentUnit = "qemu-guest-agent.service";

// A configuration file qemu-ga may load: nullopt when absent; an error when it cannot be read
// or GLib would not load it.
using AgentConfigReading = Reading<std::optional<model::KeyFile>>;

// One ExecStart= command of the unit as systemd would run it: its argv after systemd's parsing
// and expansion (model/systemd_exec.h), or why it cannot be told.
struct AgentCommand {
    std::string exec_start;  // the value as written (continuation lines joined)
    Reading<std::vector<std::string>> argv;
};

struct GuestAgentFacts {
    std::vector<std::string> binaries;  // /usr/bin/qemu-ga, /usr/sbin/qemu-ga where present
    // The qemu-guest-agent version dpkg records as installed (Debian family); nullopt when
    // there is no dpkg database or no such package. The option table follows it: before QEMU
    // 8.1 qemu-ga ignores allow-rpcs and refuses -a, -c. Without it, 8.1 and later.
    Reading<std::optional<std::string>> package_version;
    model::QemuGaVersion version = model::QemuGaVersion::V8_1;
    Reading<model::LoadedUnit> unit;
    // The service's environment from its unit: an error when systemd would not start it (an
    // environment file that is missing without '-', unreadable, or one systemd refuses).
    Reading<model::Environment> environment;
    std::vector<AgentCommand> commands;  // set when the unit and environment were read
    // By path inside the root: /etc/qemu/qemu-ga.conf, QGA_CONF and every -c/--config path the
    // unit's command lines name.
    std::map<std::string, AgentConfigReading> configs;
};

GuestAgentFacts read_guest_agent(const sources::RootFs& fs);

// What confines the agent under SELinux, for the policy /etc/selinux/config names (read with
// facts/os_facts.h read_selinux_config, as libselinux does).
struct AgentSelinuxFacts {
    bool running_system = false;  // /proc/cmdline exists: runtime state can be judged
    std::string policy_type;      // empty when /etc/selinux/config could not be read
    // The specs of contexts/files/file_contexts, .homedirs and .local of that policy in load
    // order; nullopt when the base file_contexts is absent.
    Reading<std::optional<std::vector<model::FileContextSpec>>> file_contexts;
    // Each installed binary and the path it resolves to inside the root (restorecon labels the
    // file a link leads to), or why it cannot be resolved.
    std::map<std::string, Reading<std::string>> binaries;
    // Policy store entries that relax or drop the agent's domain: permissive_virt_qemu_ga_t
    // modules and a disabled virt module (under /var/lib/selinux and, before policycoreutils
    // 2.5, /etc/selinux; RHEL 6's modules/active/modules *.pp files).
    Reading<std::vector<std::string>> relaxing_modules;
};

AgentSelinuxFacts read_agent_selinux(const sources::RootFs& fs,
                                     const std::vector<std::string>& binaries);

// The environment of a loaded service (exposed for tests).
Reading<model::Environment> read_service_environment(const sources::RootFs& fs,
                                                     const model::LoadedUnit& unit);

// argv without argv[0].
std::vector<std::string> agent_arguments(const std::vector<std::string>& argv);

// The configuration file a command line makes qemu-ga load, and whether it must exist.
struct AgentConfigChoice {
    std::string path;
    bool required = false;
};
AgentConfigChoice agent_config_path(const std::optional<std::string>& option,
                                    const model::Environment& environment);

}  // namespace oscapvirt::facts
