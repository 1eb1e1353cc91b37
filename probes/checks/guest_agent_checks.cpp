// Guide 3.2 (G02): the QEMU guest agent refuses the RPCs that give the host a root shell and
// file access in the guest. Judged as qemu-ga decides it (model/qemu_ga.h), for each command
// line systemd would start it with (model/systemd_exec.h, facts/guest_agent_facts.h).
#include <string>
#include <vector>

#include "checks/registry.h"
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
    const model::QemuGaCommandLine line =
        model::parse_qemu_ga_arguments(arguments, model::QemuGaVersion::V8_1);
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
        auto from_file = model::qemu_ga_config_filter(*file, model::QemuGaVersion::V8_1);
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
    verdict.note(Evidence("binary", join(agent.binaries)).add("required", join(required)));
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

}  // namespace

void add_guest_agent_checks(Registry& registry) {
    registry.add({"guest_agent_rpcs_blocked",
                  "G02: the QEMU guest agent refuses command execution and file access",
                  facts::kNeedGuestAgent, rpcs_blocked});
}

}  // namespace oscapvirt::checks
