// Guide 3.2 (G02): the QEMU guest agent refuses the RPCs that give the host a root shell and
// file access in the guest. Judged as qemu-ga decides it (model/qemu_ga.h), for each command
// line systemd would start it with (model/systemd_exec.h, facts/guest_agent_facts.h).
#include <string>
#include <vector>

#include "checks/registry.h"
#include "model/file_contexts.h"
#include "model/qemu_ga.h"

namespace oscapvirt::checks {
namespace {

// The Value: comma-separated RPC names, blanks around each dropped.
std::vector<std::string> required_rpcs(const Params& params) {
    std::vector<std::string> rpcs;
    const auto value = params.find("QEMU_GA_BLOCKED_RPCS");
    if (value == params.end()) return rpcs;
    for (const std::string& item : model::split_rpc_list(value->second)) {
        const size_t first = item.find_first_not_of(" \t\r\n");
        if (first == std::string::npos) continue;
        const size_t last = item.find_last_not_of(" \t\r\n");
        rpcs.push_back(item.substr(first, last - first + 1));
    }
    return rpcs;
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : ",") + item;
    return out;
}

// Judges one way qemu-ga is started (`arguments` without argv[0]) into `verdict`.
void judge_start(const facts::GuestAgentFacts& agent, const std::vector<std::string>& arguments,
                 const model::Environment& environment, const std::vector<std::string>& required,
                 Evidence where, VerdictBuilder& verdict) {
    const model::QemuGaCommandLine line = model::parse_qemu_ga_arguments(arguments, agent.version);
    if (!line.exits.empty()) {
        verdict.error(where.because("qemu-ga exits instead of serving: " + line.exits));
        return;
    }
    const facts::AgentConfigChoice choice = facts::agent_config_path(line.config, environment);
    where.add("config", choice.path);
    const auto found = agent.configs.find(choice.path);
    if (found == agent.configs.end()) {
        verdict.error(where.because(facts::not_collected(choice.path)));
        return;
    }
    if (!found->second) {
        verdict.error(where.because(found->second.error()));
        return;
    }
    model::RpcFilter filter;
    if (const auto& file = *found->second) {
        auto from_file = model::qemu_ga_config_filter(*file, agent.version);
        if (auto* err = std::get_if<model::ParseError>(&from_file)) {
            verdict.error(where.because(err->describe()));
            return;
        }
        filter = std::get<model::RpcFilter>(from_file);
    } else if (choice.required) {
        verdict.error(where.because("the file given with -c is missing: qemu-ga exits"));
        return;
    }
    filter.add(line.filter);
    std::vector<std::string> open;
    for (const std::string& rpc : required)
        if (!filter.refuses(rpc)) open.push_back(rpc);
    where.add("blocked", join(filter.blocked));
    if (!filter.allowed.empty()) where.add("allowed", join(filter.allowed));
    if (open.empty())
        verdict.pass(where);
    else
        verdict.fail(where.add("available", join(open)).because("qemu-ga serves these RPCs"));
}

Verdict rpcs_blocked(const facts::Snapshot& snapshot, const Params& params) {
    VerdictBuilder verdict;
    if (!snapshot.guest_agent)
        return {Result::Error, {unreadable(facts::not_collected("qemu-ga"))}};
    const facts::GuestAgentFacts& agent = *snapshot.guest_agent;
    if (agent.binaries.empty()) {
        verdict.pass(Evidence("binary", "").because("qemu-ga is not installed"));
        return std::move(verdict).finish();
    }
    const std::vector<std::string> required = required_rpcs(params);
    if (!agent.package_version) {
        verdict.error(unreadable(agent.package_version.error()));
        return std::move(verdict).finish();
    }
    Evidence about("binary", join(agent.binaries));
    about.add("required", join(required));
    about.add("package", *agent.package_version ? **agent.package_version : "unknown");
    about.add("options", agent.version == model::QemuGaVersion::V7_2 ? "qemu-7.2" : "qemu-8.1+");
    verdict.note(about);
    if (!agent.unit) {
        verdict.error(unreadable(agent.unit.error()));
        return std::move(verdict).finish();
    }
    const model::LoadedUnit& unit = *agent.unit;
    if (!unit.file || unit.file->masked) {
        // systemd does not start it: judged as qemu-ga started with no options.
        judge_start(agent, {}, {}, required,
                    Evidence("unit", facts::kGuestAgentUnit)
                        .add("state", unit.file ? "masked" : "not-found")
                        .add("command", "qemu-ga"),
                    verdict);
        return std::move(verdict).finish();
    }
    if (!agent.environment) {
        verdict.error(Evidence("unit", unit.file->path).because(agent.environment.error()));
        return std::move(verdict).finish();
    }
    if (agent.commands.empty()) {
        verdict.error(Evidence("unit", unit.file->path)
                          .because("no ExecStart: systemd refuses to load the service"));
        return std::move(verdict).finish();
    }
    for (const facts::AgentCommand& command : agent.commands) {
        Evidence where("unit", unit.file->path);
        where.add("exec_start", command.exec_start);
        if (!command.argv) {
            verdict.error(where.because(command.argv.error()));
            continue;
        }
        judge_start(agent, facts::agent_arguments(*command.argv), *agent.environment, required,
                    std::move(where), verdict);
    }
    return std::move(verdict).finish();
}

constexpr const char* kAgentDomain = "virt_qemu_ga_t";
constexpr const char* kAgentExecType = "virt_qemu_ga_exec_t";

// /etc/selinux/config as libselinux reads it: enforcing, with the targeted or mls policy.
void judge_selinux_config(const facts::Snapshot& snapshot, VerdictBuilder& verdict) {
    const facts::SelinuxConfigReading& reading = snapshot.os.selinux_config;
    Evidence where("file", facts::kSelinuxConfigPath);
    if (!reading) {
        verdict.error(Evidence(where).because(reading.error()));
        return;
    }
    if (!*reading) {
        verdict.fail(where.because("absent: SELinux is not configured"));
        return;
    }
    const model::SelinuxConfig& config = **reading;
    if (!config.mode || *config.mode != model::SelinuxMode::Enforcing)
        verdict.fail(Evidence(where)
                         .add("mode", config.mode ? model::selinux_mode_name(*config.mode)
                                                  : std::string_view("none"))
                         .because("the guest does not boot enforcing"));
    else
        verdict.pass(Evidence(where).add("mode", "enforcing"));
    const std::string type = config.effective_policy_type();
    if (type == "targeted" || type == "mls")
        verdict.pass(Evidence(where).add("policy", type));
    else
        verdict.fail(
            Evidence(where)
                .add("policy", type)
                .because("not the targeted or mls policy, which define the agent's domain"));
}

// The kernel enforces now: readable only on a running system.
void judge_runtime(const facts::Snapshot& snapshot, const facts::AgentSelinuxFacts& selinux,
                   VerdictBuilder& verdict) {
    Evidence where("runtime", "/sys/fs/selinux/enforce");
    if (!selinux.running_system) {
        verdict.unknown(
            where.because("an offline image (no /proc/cmdline): runtime enforcement unknown"));
        return;
    }
    if (!snapshot.selinux) {
        verdict.error(where.because(snapshot.selinux.error()));
        return;
    }
    if (!snapshot.selinux->enabled)
        verdict.fail(where.because("SELinux is not enabled in the running kernel"));
    else if (!snapshot.selinux->enforcing)
        verdict.fail(where.add("enforce", "0").because("the kernel does not enforce"));
    else
        verdict.pass(where.add("enforce", "1"));
}

// The policy's file contexts give each installed binary the agent's entry type.
void judge_file_contexts(const facts::AgentSelinuxFacts& selinux, VerdictBuilder& verdict) {
    if (!selinux.file_contexts) {
        verdict.error(unreadable(selinux.file_contexts.error()));
        return;
    }
    for (const auto& [binary, resolved] : selinux.binaries) {
        Evidence where("binary", binary);
        if (!resolved) {
            verdict.error(where.because(resolved.error()));
            continue;
        }
        if (*resolved != binary) where.add("resolved", *resolved);
        if (!*selinux.file_contexts) {
            verdict.fail(where.because("the policy " + selinux.policy_type +
                                       " has no file_contexts: the binary keeps no agent type"));
            continue;
        }
        auto found = model::lookup_file_context(**selinux.file_contexts, *resolved, "--");
        if (auto* err = std::get_if<model::ParseError>(&found)) {
            verdict.error(where.because(err->describe()));
            continue;
        }
        const auto& spec = std::get<std::optional<model::FileContextSpec>>(found);
        if (!spec) {
            verdict.fail(where.because("no file context matches: not labelled " +
                                       std::string(kAgentExecType)));
            continue;
        }
        where.add("file", spec->file).add("line", std::to_string(spec->line));
        where.add("context", spec->context);
        if (model::context_type(spec->context) == kAgentExecType)
            verdict.pass(where);
        else
            verdict.fail(where.because("labelled another type: the agent does not enter " +
                                       std::string(kAgentDomain)));
    }
}

void judge_policy_store(const facts::AgentSelinuxFacts& selinux, VerdictBuilder& verdict) {
    if (!selinux.relaxing_modules) {
        verdict.error(unreadable(selinux.relaxing_modules.error()));
        return;
    }
    for (const std::string& path : *selinux.relaxing_modules)
        verdict.fail(Evidence("module", path)
                         .because(path.find("permissive") != std::string::npos
                                      ? "virt_qemu_ga_t is permissive"
                                      : "the virt module, which defines the agent's domain, is "
                                        "disabled"));
    if (selinux.relaxing_modules->empty())
        verdict.pass(Evidence("policy_store", selinux.policy_type)
                         .add("permissive", "none")
                         .add("virt_disabled", "no"));
}

// SELinuxContext= of the unit: a scalar, the last assignment wins, an empty one resets it.
void judge_unit_context(const facts::GuestAgentFacts& agent, VerdictBuilder& verdict) {
    if (!agent.unit) {
        verdict.error(unreadable(agent.unit.error()));
        return;
    }
    std::optional<model::UnitAssignment> last;
    for (const model::UnitAssignment& assignment :
         model::unit_setting_assignments(*agent.unit, "Service", "SELinuxContext"))
        last = assignment;
    if (!last || last->value.empty()) {
        verdict.pass(Evidence("unit", facts::kGuestAgentUnit).add("selinux_context", "unset"));
        return;
    }
    std::string context = last->value;
    if (!context.empty() && context[0] == '-') context.erase(0, 1);
    Evidence where("unit_file", last->file);
    where.add("selinux_context", context);
    if (model::context_type(context) == kAgentDomain)
        verdict.pass(where);
    else
        verdict.fail(where.because("systemd starts the agent in another domain"));
}

Verdict selinux_confined(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    if (!snapshot.guest_agent || !snapshot.guest_agent_selinux)
        return {Result::Error, {unreadable(facts::not_collected("qemu-ga"))}};
    const facts::GuestAgentFacts& agent = *snapshot.guest_agent;
    if (agent.binaries.empty()) {
        verdict.pass(Evidence("binary", "").because("qemu-ga is not installed"));
        return std::move(verdict).finish();
    }
    const facts::AgentSelinuxFacts& selinux = *snapshot.guest_agent_selinux;
    judge_selinux_config(snapshot, verdict);
    judge_runtime(snapshot, selinux, verdict);
    judge_file_contexts(selinux, verdict);
    judge_policy_store(selinux, verdict);
    judge_unit_context(agent, verdict);
    return std::move(verdict).finish();
}

}  // namespace

void add_guest_agent_checks(Registry& registry) {
    registry.add({"guest_agent_selinux_confined",
                  facts::kNeedGuestAgent | facts::kNeedGuestAgentSelinux |
                      facts::kNeedSelinuxConfig | facts::kNeedSelinuxState,
                  selinux_confined});
    registry.add({"guest_agent_rpcs_blocked", facts::kNeedGuestAgent, rpcs_blocked});
}

}  // namespace oscapvirt::checks
