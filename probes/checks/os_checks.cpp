// Host OS settings (guide 2.1, 2.2), each judged from the reading of the program that uses it.
#include <optional>
#include <string>
#include <vector>

#include "checks/registry.h"

namespace oscapvirt::checks {
namespace {

std::string line_numbers(const std::vector<int>& lines) {
    std::string out;
    for (int line : lines) out += (out.empty() ? "" : ",") + std::to_string(line);
    return out;
}

// The SELinux config file, or the verdict that it cannot be judged.
const model::SelinuxConfig* selinux_config(const facts::Snapshot& snapshot,
                                           VerdictBuilder& verdict) {
    const auto& reading = snapshot.os.selinux_config;
    if (!reading) {
        verdict.error(Evidence("file", facts::kSelinuxConfigPath).because(reading.error()));
        return nullptr;
    }
    if (!*reading) {
        verdict.fail(field("file", facts::kSelinuxConfigPath) + " state=missing");
        return nullptr;
    }
    return &**reading;
}

// H02: the mode the host boots into is what selinux_getenforcemode() reads; nothing accepted
// means permissive.
Verdict selinux_enforcing_config(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    const model::SelinuxConfig* config = selinux_config(snapshot, verdict);
    if (!config) return std::move(verdict).finish();
    if (!config->ignored_mode_lines.empty())
        verdict.note(field("ignored_lines", line_numbers(config->ignored_mode_lines)) +
                     " reason=\"libselinux honours only lines starting exactly SELINUX= with "
                     "enforcing, permissive or disabled\"");
    std::string line = field("file", facts::kSelinuxConfigPath) + " ";
    if (!config->mode) {
        verdict.fail(line + "mode=none line=none boots=permissive");
    } else {
        line += field("mode", model::selinux_mode_name(*config->mode)) + " " +
                field("line", std::to_string(config->mode_line));
        if (*config->mode == model::SelinuxMode::Enforcing)
            verdict.pass(std::move(line));
        else
            verdict.fail(std::move(line));
    }
    return std::move(verdict).finish();
}

// H02: the policy libselinux loads. Deliberately stricter than libselinux: it falls back to its
// compile-time default (targeted) when no SELINUXTYPE= line exists; the rule wants it stated.
Verdict selinux_policy_targeted_or_mls(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    const model::SelinuxConfig* config = selinux_config(snapshot, verdict);
    if (!config) return std::move(verdict).finish();
    std::string line = field("file", facts::kSelinuxConfigPath) + " ";
    if (!config->policy_type) {
        verdict.fail(line + "policy=unset " +
                     field("libselinux_default", model::kLibselinuxDefaultPolicyType));
        return std::move(verdict).finish();
    }
    const std::string& type = *config->policy_type;
    line += field("policy", type) + " " + field("line", std::to_string(config->policy_type_line));
    if (type == "targeted" || type == "mls")
        verdict.pass(std::move(line));
    else
        verdict.fail(std::move(line));
    return std::move(verdict).finish();
}

std::string where(const model::SshdSetting& setting) {
    return field("file", setting.file) + " " + field("line", std::to_string(setting.line));
}

// H07: root must not log in over SSH, whichever connection it comes from. sshd's global value
// (the first it obtains) must be "no", and so must every value a Match block would give a
// connection it matches: the rule is deliberately stricter than `sshd -T` without -C, which
// reports only what a connection matching no block gets.
Verdict sshd_root_login_disabled(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    const auto& reading = snapshot.os.sshd_config;
    if (!reading.config) {
        verdict.error(Evidence("file", reading.path).because(reading.config.error()));
        return std::move(verdict).finish();
    }
    if (!*reading.config) {
        verdict.pass(field("file", facts::kSshdConfigPath) + " state=missing sshd=not-configured");
        return std::move(verdict).finish();
    }
    const model::SshdConfig& config = **reading.config;
    std::string files;
    for (const auto& file : config.files) files += (files.empty() ? "" : ",") + file;
    verdict.note(field("files_read", files));
    if (!config.permit_root_login) {
        verdict.fail(field("file", reading.path) + " PermitRootLogin=unset " +
                     field("sshd_default", model::kSshdDefaultPermitRootLogin));
    } else {
        std::string line = "scope=global " +
                           field("PermitRootLogin", config.permit_root_login->value) + " " +
                           where(*config.permit_root_login);
        if (config.permit_root_login->value == "no")
            verdict.pass(std::move(line));
        else
            verdict.fail(std::move(line));
    }
    for (const auto& conditional : config.conditional_permit_root_login) {
        std::string line = field("scope", "Match " + conditional.match) + " " +
                           field("PermitRootLogin", conditional.setting.value) + " " +
                           where(conditional.setting);
        if (conditional.setting.value == "no")
            verdict.pass(std::move(line));
        else
            verdict.fail(std::move(line));
    }
    return std::move(verdict).finish();
}

// The IPv4 forwarding switch as the configuration leaves it after boot: the last value the
// kernel accepted from either of its two names, or nullopt when no file sets it.
std::optional<model::SysctlWrite> configured_forwarding(const facts::SysctlFiles& sysctl) {
    std::optional<model::SysctlWrite> last;
    for (auto& write : model::sysctl_writes(sysctl.options, model::kIpv4ForwardingKeys))
        if (write.stored) last = std::move(write);
    return last;
}

std::string describe_write(const model::SysctlWrite& write) {
    return field("configured", std::to_string(*write.stored)) + " " +
           field("key", write.option->key) + " " + field("file", write.option->file) + " " +
           field("line", std::to_string(write.option->line));
}

// The running host's forwarding switch, which must be on (want_on) or off.
void judge_runtime_forwarding(const facts::SysctlReading& sysctl, bool want_on,
                              VerdictBuilder& verdict) {
    if (!sysctl.runtime_ip_forward) {
        verdict.error(unreadable(sysctl.runtime_ip_forward.error()));
        return;
    }
    const auto now = model::kernel_int_value(*sysctl.runtime_ip_forward);
    std::string line = field("file", facts::kIpForwardProcPath) + " " +
                       field("runtime", *sysctl.runtime_ip_forward);
    if (!now)
        verdict.error(std::move(line));
    else if ((*now != 0) == want_on)
        verdict.pass(std::move(line));
    else
        verdict.fail(std::move(line));
}

// Which rule of the pair applies: libvirt's virtual networks whose guests' traffic the host must
// forward, as libvirt loads them. nullopt when a network file cannot be read as libvirt would
// (error lines added): then neither rule can say which of them applies.
std::optional<std::vector<std::string>> forwarding_networks(const facts::Snapshot& snapshot,
                                                            VerdictBuilder& verdict) {
    for (const facts::Problem& problem : snapshot.libvirt_network_problems)
        verdict.error(unreadable(problem));
    if (!snapshot.libvirt_network_problems.empty()) return std::nullopt;
    std::vector<std::string> names;
    for (const model::NetworkDef& network : snapshot.libvirt_networks) {
        if (!model::forwards_through_host(network)) continue;
        verdict.note(Evidence("network", network.name).add("forward", network.forward_mode));
        names.push_back(network.name);
    }
    return names;
}

// H05, bridged-only hosts: forwarding off in the configuration systemd-sysctl (and procps'
// /etc/sysctl.conf, read last) leaves, and off now on a running host.
Verdict ip_forward_disabled(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    const auto networks = forwarding_networks(snapshot, verdict);
    if (!networks || !networks->empty()) return std::move(verdict).finish();
    const auto& sysctl = snapshot.os.sysctl;
    if (!sysctl.configured) {
        verdict.error(unreadable(sysctl.configured.error()));
        return std::move(verdict).finish();
    }
    std::string files;
    for (const auto& file : sysctl.configured->files) files += (files.empty() ? "" : ",") + file;
    verdict.note(field("files_read", files.empty() ? "none" : files));
    const auto configured = configured_forwarding(*sysctl.configured);
    if (!configured)
        verdict.pass("configured=unset kernel_default=0");
    else if (*configured->stored == 0)
        verdict.pass(describe_write(*configured));
    else
        verdict.fail(describe_write(*configured));
    if (!sysctl.running)
        verdict.note("runtime=offline");
    else
        judge_runtime_forwarding(sysctl, false, verdict);
    return std::move(verdict).finish();
}

// H05, NAT or routed networks: libvirt switches forwarding on when it starts them; on a
// running host it must be on. An offline root has no running state: unknown.
Verdict ip_forward_enabled(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    const auto networks = forwarding_networks(snapshot, verdict);
    if (!networks || networks->empty()) return std::move(verdict).finish();
    const auto& sysctl = snapshot.os.sysctl;
    if (sysctl.configured) {
        if (const auto configured = configured_forwarding(*sysctl.configured))
            verdict.note(describe_write(*configured));
    }
    if (!sysctl.running)
        verdict.unknown(
            "runtime=offline reason=\"forwarding is switched on by libvirt at run time\"");
    else
        judge_runtime_forwarding(sysctl, true, verdict);
    return std::move(verdict).finish();
}

// H08: auditd starts at boot, as systemctl computes enablement; SysV start links on hosts
// without the unit.
Verdict auditd_enabled(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    const auto found = snapshot.os.units.find("auditd.service");
    if (found == snapshot.os.units.end() || !found->second) {
        verdict.error(Evidence("unit", "auditd.service")
                          .because(found == snapshot.os.units.end()
                                       ? facts::not_collected("auditd.service")
                                       : found->second.error()));
        return std::move(verdict).finish();
    }
    const facts::UnitStatus& unit = *found->second;
    std::string line =
        field("unit", "auditd.service") + " " + field("state", model::unit_state_name(unit.state));
    if (!unit.unit_file.empty()) line += " " + field("unit_file", unit.unit_file);
    if (!unit.wanted_by.empty()) line += " " + field("link", unit.wanted_by);
    if (unit.state == model::UnitState::Enabled) {
        verdict.pass(std::move(line));
    } else if (unit.state == model::UnitState::NotFound && !unit.sysv_start_link.empty()) {
        verdict.pass("init=sysv " + field("start_link", unit.sysv_start_link));
    } else {
        verdict.fail(std::move(line));
    }
    return std::move(verdict).finish();
}

}  // namespace

void add_os_checks(Registry& registry) {
    registry.add(
        {"host_selinux_enforcing_config", facts::kNeedSelinuxConfig, selinux_enforcing_config});
    registry.add({"host_selinux_policy_targeted_or_mls", facts::kNeedSelinuxConfig,
                  selinux_policy_targeted_or_mls});
    registry.add(
        {"host_sshd_root_login_disabled", facts::kNeedSshdConfig, sshd_root_login_disabled});
    registry.add({"host_ip_forward_disabled_without_nat_networks",
                  facts::kNeedSysctl | facts::kNeedLibvirtNetworks, ip_forward_disabled});
    registry.add({"host_ip_forward_enabled_for_nat_networks",
                  facts::kNeedSysctl | facts::kNeedLibvirtNetworks, ip_forward_enabled});
    registry.add({"host_auditd_enabled", facts::kNeedUnits, auditd_enabled});
}

}  // namespace oscapvirt::checks
