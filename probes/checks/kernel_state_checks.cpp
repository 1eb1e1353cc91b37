// State the running kernel reports (SELinux mode, listening TCP sockets, KSM, KVM's nested
// parameter, CPU vulnerabilities) and the one SELinux boolean whose policy-store settings are
// judged too: each read inside the judged root (facts/kernel_state_facts.h), never through
// oscap's offline path, where an absolute symbolic link would lead to the scanning machine.
#include <optional>
#include <regex>
#include <string>

#include "checks/registry.h"

namespace oscapvirt::checks {
namespace {

// The line of a root that is no running system: its runtime state cannot be judged.
std::string offline_line(const std::string& what) {
    return Evidence("root", "offline").because("no /proc/cmdline: " + what + " cannot be judged");
}

// A boolean XCCDF Value as SCE exports it ("true"/"false", or 1/0 from a tailoring); absent:
// `fallback`; nullopt: neither.
std::optional<bool> boolean_value(const Params& params, const std::string& name, bool fallback) {
    const auto found = params.find(name);
    if (found == params.end()) return fallback;
    if (found->second == "true" || found->second == "1") return true;
    if (found->second == "false" || found->second == "0") return false;
    return std::nullopt;
}

std::string on_off(bool on) { return on ? "on" : "off"; }

// ---- H02: SELinux enforcing now ------------------------------------------------------------

Verdict selinux_enforcing_runtime(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    if (!snapshot.kernel.running_system) {
        verdict.unknown(offline_line("the running SELinux mode"));
    } else if (!snapshot.selinux) {
        verdict.error(unreadable(snapshot.selinux.error()));
    } else if (!snapshot.selinux->enabled) {
        verdict.fail(
            Evidence("selinuxfs", "absent").because("the running kernel has SELinux disabled"));
    } else {
        Evidence line("mode", snapshot.selinux->enforcing ? "enforcing" : "permissive");
        line.add("from", snapshot.selinux->how);
        if (snapshot.selinux->enforcing)
            verdict.pass(line);
        else
            verdict.fail(line.because("SELinux is permissive: nothing is denied"));
    }
    return std::move(verdict).finish();
}

// ---- H01: TCP listeners --------------------------------------------------------------------

Verdict tcp_listeners_allowed(const facts::Snapshot& snapshot, const Params& params) {
    VerdictBuilder verdict;
    if (!snapshot.kernel.running_system) {
        verdict.unknown(offline_line("listening sockets"));
        return std::move(verdict).finish();
    }
    const auto value = params.find("HOST_ALLOWED_TCP_LISTEN_PORTS");
    if (value == params.end()) {
        verdict.error(Evidence("value", "host_allowed_tcp_listen_ports").because("not exported"));
        return std::move(verdict).finish();
    }
    // ECMAScript, as the other port Values (firewall_checks.cpp); the OVAL matched with PCRE,
    // which agrees on the alternations, classes and repetitions ports are written with.
    std::regex allowed;
    try {
        allowed = std::regex("^(?:" + value->second + ")$", std::regex::ECMAScript);
    } catch (const std::regex_error&) {
        verdict.error(Evidence("value", "host_allowed_tcp_listen_ports")
                          .because("not a valid regular expression"));
        return std::move(verdict).finish();
    }
    const auto& listeners = snapshot.kernel.tcp_listeners;
    if (!listeners) {
        verdict.error(unreadable(listeners.error()));
        return std::move(verdict).finish();
    }
    verdict.note(field("host_allowed_tcp_listen_ports", value->second));
    int judged = 0;
    for (const facts::ListeningSocket& listener : *listeners) {
        if (model::is_loopback(listener.socket)) continue;
        ++judged;
        const std::string port = std::to_string(listener.socket.port);
        Evidence line("address", model::address_text(listener.socket));
        line.add("port", port)
            .add("file", listener.file)
            .add("line", std::to_string(listener.socket.line));
        if (std::regex_match(port, allowed))
            verdict.pass(line);
        else
            verdict.fail(line.because("port not allowed by host_allowed_tcp_listen_ports"));
    }
    if (judged == 0) verdict.pass(field("listeners_outside_loopback", "none"));
    return std::move(verdict).finish();
}

// ---- B04: KSM ------------------------------------------------------------------------------

Verdict ksm_disabled(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    const auto& ksm = snapshot.kernel.ksm;
    if (!ksm) {
        verdict.error(unreadable(ksm.error()));
        return std::move(verdict).finish();
    }
    for (const auto& [unit, reading] : ksm->units) {
        const bool starts = reading.state == model::UnitState::Enabled ||
                            reading.state == model::UnitState::EnabledRuntime;
        Evidence line("unit", unit);
        line.add("state", model::unit_state_name(reading.state));
        if (starts)
            verdict.fail(line.add("link", reading.wanted_by).because("starts KSM at boot"));
        else
            verdict.pass(line);
    }
    if (!snapshot.kernel.running_system) {
        verdict.unknown(offline_line("whether KSM runs"));
    } else if (!ksm->run) {
        verdict.pass(Evidence("file", facts::kKsmRun).add("state", "absent: no KSM in the kernel"));
    } else {
        Evidence line("file", facts::kKsmRun);
        line.add("run", std::to_string(*ksm->run));
        // mm/ksm.c: KSM_RUN_MERGE is bit 0 (1); 0 stops, 2 stops and unmerges, 4 marks memory
        // hot-removal in progress.
        if (*ksm->run & 1)
            verdict.fail(line.because("KSM is merging pages"));
        else
            verdict.pass(line);
    }
    return std::move(verdict).finish();
}

// ---- B06: nested virtualization ------------------------------------------------------------

// Whether a configured nested= turns nesting on. kvm_intel's nested is a bool parameter
// (param_set_bool: kstrtobool; a bare "nested" is on), kvm_amd's an int (param_set_int:
// kstrtoint base 0). A value kvm_amd refuses (the module then does not load at all) is judged as
// a bool parameter would take it, so that "on" never passes whichever type the running kernel
// gives the parameter. nullopt: no reading of the kernel accepts it.
std::optional<bool> nested_on(const facts::NestedSetting& setting) {
    if (setting.bare) return true;
    if (setting.module == "kvm_amd")
        if (const auto number = model::kstrtoint(setting.value)) return *number != 0;
    return model::kstrtobool(setting.value);
}

Verdict nested_virt_disabled(const facts::Snapshot& snapshot, const Params& params) {
    VerdictBuilder verdict;
    const auto allowed = boolean_value(params, "NESTED_VIRTUALIZATION_ALLOWED", false);
    if (!allowed) {
        verdict.error(
            Evidence("value", "nested_virtualization_allowed").because("neither true nor false"));
        return std::move(verdict).finish();
    }
    if (*allowed) {
        verdict.pass(Evidence("nested_virtualization_allowed", "true"));
        return std::move(verdict).finish();
    }
    const auto& nested = snapshot.kernel.nested_virt;
    if (!nested) {
        verdict.error(unreadable(nested.error()));
        return std::move(verdict).finish();
    }
    for (const auto& [module, setting] : nested->configured) {
        Evidence line("module", module);
        line.add("file", setting.file).add("line", std::to_string(setting.line));
        line.add("nested", setting.bare ? "(no value)" : setting.value);
        const auto on = nested_on(setting);
        if (!on)
            verdict.fail(
                line.because("the module refuses this value and would not load; "
                             "set nested=0"));  // never a pass for a value not understood
        else if (*on)
            verdict.fail(line.because("switches nesting on at the next module load"));
        else
            verdict.pass(line);
    }
    if (!snapshot.kernel.running_system) {
        verdict.unknown(offline_line("the loaded KVM modules"));
        return std::move(verdict).finish();
    }
    for (const auto& [module, on] : nested->runtime) {
        Evidence line("file", "/sys/module/" + module + "/parameters/nested");
        if (!on)
            verdict.pass(line.add("module", "not loaded"));
        else if (*on)
            verdict.fail(line.add("nested", "on").because("guests can run their own hypervisor"));
        else
            verdict.pass(line.add("nested", "off"));
    }
    return std::move(verdict).finish();
}

// ---- B05: CPU vulnerabilities --------------------------------------------------------------

Verdict cpu_vulnerabilities_mitigated(const facts::Snapshot& snapshot, const Params& params) {
    VerdictBuilder verdict;
    if (!snapshot.kernel.running_system) {
        verdict.unknown(offline_line("the running kernel's CPU vulnerabilities"));
        return std::move(verdict).finish();
    }
    const auto smt_allowed = boolean_value(params, "CPU_SMT_VULNERABLE_ALLOWED", false);
    if (!smt_allowed) {
        verdict.error(
            Evidence("value", "cpu_smt_vulnerable_allowed").because("neither true nor false"));
        return std::move(verdict).finish();
    }
    const auto& reported = snapshot.kernel.cpu_vulnerabilities;
    if (!reported) {
        verdict.error(unreadable(reported.error()));
        return std::move(verdict).finish();
    }
    if (!*reported || (*reported)->empty()) {
        verdict.fail(Evidence("directory", facts::kCpuVulnerabilitiesDir)
                         .because("the kernel reports no CPU vulnerabilities: too old to judge"));
        return std::move(verdict).finish();
    }
    for (const auto& [name, status] : **reported) {
        Evidence line("vulnerability", name);
        line.add("status", status);
        switch (model::cpu_vulnerability_status(status)) {
            case model::CpuVulnerabilityStatus::Vulnerable:
                verdict.fail(line.because("vulnerable"));
                break;
            case model::CpuVulnerabilityStatus::SmtVulnerable:
                if (*smt_allowed)
                    verdict.pass(line.add("cpu_smt_vulnerable_allowed", "true"));
                else
                    verdict.fail(line.because("exposed to the sibling hardware thread"));
                break;
            case model::CpuVulnerabilityStatus::Mitigated:
                verdict.pass(line);
                break;
        }
    }
    return std::move(verdict).finish();
}

// ---- H06: unprivuser_use_svirt -------------------------------------------------------------

constexpr const char* kUnprivuserBoolean = "unprivuser_use_svirt";

void judge_runtime_boolean(const facts::Snapshot& snapshot, VerdictBuilder& verdict) {
    if (!snapshot.kernel.running_system) {
        verdict.note(Evidence("root", "offline")
                         .add("runtime", "not judged: only the policy stores count offline"));
        return;
    }
    if (!snapshot.selinux) {
        verdict.error(unreadable(snapshot.selinux.error()));
        return;
    }
    if (!snapshot.selinux->enabled) {
        verdict.pass(Evidence("boolean", kUnprivuserBoolean).add("runtime", "SELinux disabled"));
        return;
    }
    if (!snapshot.virt_booleans) {
        verdict.error(unreadable(snapshot.virt_booleans.error()));
        return;
    }
    Evidence line("boolean", kUnprivuserBoolean);
    const auto found = snapshot.virt_booleans->find(kUnprivuserBoolean);
    if (found == snapshot.virt_booleans->end()) {
        verdict.pass(line.add("state", "not defined by the loaded policy"));
        return;
    }
    if (!found->second) {
        verdict.error(line.because(found->second.error()));
        return;
    }
    const sources::BooleanValue value = **found->second;
    line.add("current", on_off(value.current)).add("pending", on_off(value.pending));
    if (value.current || value.pending)
        verdict.fail(line.because(value.current ? "on now" : "on after the next commit"));
    else
        verdict.pass(line);
}

Verdict unprivuser_use_svirt_off(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    judge_runtime_boolean(snapshot, verdict);
    const auto& stores = snapshot.local_booleans;
    if (!stores) {
        verdict.error(unreadable(stores.error()));
        return std::move(verdict).finish();
    }
    bool set = false;
    for (const facts::LocalBooleanFile& file : *stores) {
        // A later setting of the same boolean replaces an earlier one.
        const model::LocalBoolean* last = nullptr;
        for (const model::LocalBoolean& boolean : file.booleans)
            if (boolean.name == kUnprivuserBoolean) last = &boolean;
        if (!last) continue;
        set = true;
        Evidence line("boolean", kUnprivuserBoolean);
        line.add("file", file.path).add("line", std::to_string(last->line));
        line.add("local", on_off(last->value));
        if (last->value)
            verdict.fail(line.because("switched on at the next policy load"));
        else
            verdict.pass(line);
    }
    if (!set)
        verdict.pass(Evidence("boolean", kUnprivuserBoolean)
                         .add("local", "not set: the policy default (off)"));
    return std::move(verdict).finish();
}

}  // namespace

void add_kernel_state_checks(Registry& registry) {
    registry.add(
        {"host_selinux_enforcing_runtime", facts::kNeedSelinuxState, selinux_enforcing_runtime});
    registry.add({"host_tcp_listeners_allowed", facts::kNeedTcpListeners, tcp_listeners_allowed});
    registry.add({"host_ksm_disabled", facts::kNeedKsm, ksm_disabled});
    registry.add({"host_nested_virt_disabled", facts::kNeedNestedVirt, nested_virt_disabled});
    registry.add({"host_cpu_vulnerabilities_mitigated", facts::kNeedCpuVulnerabilities,
                  cpu_vulnerabilities_mitigated});
    registry.add({"host_selinux_unprivuser_use_svirt_off",
                  facts::kNeedSelinuxState | facts::kNeedVirtBooleans, unprivuser_use_svirt_off});
}

}  // namespace oscapvirt::checks
