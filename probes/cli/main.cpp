// oscap-virt: native checks for virtualization hosts, run by OpenSCAP's SCE engine.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <cstdio>
#include <exception>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "checks/registry.h"
#include "checks/rule_table.h"
#include "cli/facts_json.h"
#include "cli/global_options.h"
#include "cli/judge.h"
#include "model/printable.h"
#include "cli/scan_target.h"
#include "cli/shared_facts.h"
#include "facts/snapshot.h"
#include "sources/root_fs.h"

extern char** environ;

namespace oscapvirt::cli {
namespace {

constexpr int kExitUsage = 2;
constexpr int kExitError = static_cast<int>(checks::Result::Error);

constexpr const char* kUsage = R"(Usage: oscap-virt [--root DIR] [--connect URI|none] COMMAND

Audits a KVM/libvirt host against the Virtualization Security Guide. Normally run by
`oscap xccdf eval` through the SCE check engine; see oscap-virt(8).

Commands:
  check ID       judge one native check; exit status is the XCCDF result code
                 (101 pass, 102 fail, 103 error, 104 unknown, 105 notapplicable),
                 evidence on stdout, one line per item
  list           the native checks with their descriptions
  facts --json   the guest inventory as oscap-virt sees it
  scan           evaluate the oscap-virt datastream like `oscap xccdf eval` (scan --help)
  tailor         write a tailoring file oscap reads as written (tailor --help)

Options:
  --root DIR        judge the host whose root file system is DIR (default: the root
                    of the calling oscap, OSCAP_PROBE_ROOT, else /)
  --connect URI     libvirt URI for live scans (default: qemu:///system; read-only);
                    "none" reads libvirt's state files only
  --help, --version
)";

std::map<std::string, std::string> environment() {
    std::map<std::string, std::string> variables;
    for (char** entry = environ; entry && *entry; ++entry) {
        const std::string text = *entry;
        const auto equals = text.find('=');
        if (equals != std::string::npos)
            variables[text.substr(0, equals)] = text.substr(equals + 1);
    }
    return variables;
}

// XCCDF_VALUE_<NAME> variables SCE exports, keyed by NAME.
checks::Params xccdf_values(const std::map<std::string, std::string>& env) {
    static const std::string prefix = "XCCDF_VALUE_";
    checks::Params params;
    for (const auto& [name, value] : env)
        if (name.compare(0, prefix.size(), prefix) == 0) params[name.substr(prefix.size())] = value;
    return params;
}

std::string param(const checks::Params& params, const std::string& name) {
    const auto found = params.find(name);
    return found == params.end() ? "" : found->second;
}

int report_error(const std::string& subject, const std::string& reason) {
    std::cout << "result=error " << checks::field("object", subject) << " "
              << checks::field("reason", reason) << "\n";
    return kExitError;
}

struct Target {
    std::optional<sources::RootFs> fs;
    std::string uri;
    std::string error;
};

Target resolve_target(const Options& options, const checks::Params& params,
                      const std::map<std::string, std::string>& env) {
    Target target;
    const RootChoice root =
        choose_root(options.root, param(params, "OSCAP_VIRT_ROOT"),
                    options.root ? ProbeRootLookup{} : find_probe_root(env));  // --root wins
    if (!root.error.empty()) {
        target.error = root.error;
        return target;
    }
    auto fs = sources::RootFs::open(root.root);
    if (auto* err = std::get_if<sources::FsError>(&fs)) {
        target.error = err->describe();
        return target;
    }
    target.fs.emplace(std::move(std::get<sources::RootFs>(fs)));
    const std::string value_uri = param(params, "OSCAP_VIRT_CONNECT");
    target.uri = options.uri ? *options.uri : value_uri.empty() ? "qemu:///system" : value_uri;
    return target;
}

facts::Needs needs_of_all(const checks::Registry& registry) {
    facts::Needs needs = 0;
    for (const checks::Check& check : registry.all()) needs |= check.needs;
    return needs;
}

int judge_root(const sources::RootFs& fs, const SystemIdentity& system) {
    const std::string& root = fs.root();
    if (!system.error.empty()) {
        std::cout << "result=" << (system.missing ? "fail" : "error") << " "
                  << checks::field("root", root) << " " << checks::field("reason", system.error)
                  << "\n";
        return static_cast<int>(system.missing ? checks::Result::Fail : checks::Result::Error);
    }
    if (const std::string problem = platform_link_problem(fs); !problem.empty()) {
        std::cout << "result=error " << checks::field("root", root) << " "
                  << checks::field("reason", problem +
                                                 "; oscap resolves such a link on the scanning "
                                                 "machine, so which rules apply would be "
                                                 "decided from its files")
                  << "\n";
        return static_cast<int>(checks::Result::Error);
    }
    std::cout << "result=pass " << checks::field("root", root) << " "
              << checks::field("os_release", system.os_release) << " "
              << checks::field("os", system.pretty_name) << " "
              << checks::field("hostname", system.hostname) << " "
              << checks::field("machine_id", system.machine_id) << "\n";
    return static_cast<int>(checks::Result::Pass);
}

int run_check(const Options& options, const checks::Registry& registry) {
    if (options.arguments.size() != 1) {
        std::cerr << "oscap-virt check: exactly one check id expected\n";
        return kExitUsage;
    }
    const std::string& id = options.arguments[0];
    const checks::Check* check = registry.find(id);
    if (!check && id != kRootCheckId)
        return report_error("check " + id, "no such native check in this oscap-virt");
    const auto env = environment();
    const checks::Params params = xccdf_values(env);
    const Target target = resolve_target(options, params, env);
    if (!target.fs) return report_error("scan root", target.error);
    // Nothing is judged on a root that holds no system: every check is an error, and the rule
    // that exists to say so fails.
    const SystemIdentity system = identify_system(*target.fs);
    if (id == kRootCheckId) return judge_root(*target.fs, system);
    if (!system.error.empty()) return report_error("scan root", system.error);
    // One collection per scan: ask the scan's fact server, started by its first check
    // (cli/shared_facts.h); without one, collect alone.
    if (auto key = scan_key(*target.fs, target.uri)) {
        if (auto shared = SharedFacts::open(std::move(*key))) {
            auto answer = shared->ask(id, check->needs, params);
            if (!answer && shared->should_serve() &&
                shared->start_server(*target.fs, target.uri, registry, needs_of_all(registry)))
                answer = shared->ask(id, check->needs, params);
            if (answer) {
                std::cout << answer->output << std::flush;
                return answer->status;
            }
        }
    }
    const facts::Snapshot snapshot = facts::collect(*target.fs, {target.uri, check->needs});
    const CheckAnswer answer = judge(*check, snapshot, params);
    std::cout << answer.output << std::flush;
    return answer.status;
}

// `oscap-virt tailor ...` is oscap-virt-tailor, installed beside this executable (a Python
// wrapper around OpenSCAP's autotailor, which is Python too).
int run_tailor(const Options& options) {
    std::error_code failed;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", failed);
    const std::string helper = (self.parent_path() / "oscap-virt-tailor").string();
    std::vector<char*> args{const_cast<char*>(helper.c_str())};
    for (const std::string& argument : options.arguments)
        args.push_back(const_cast<char*>(argument.c_str()));
    args.push_back(nullptr);
    ::execv(helper.c_str(), args.data());
    std::cerr << "oscap-virt tailor: cannot run " << model::printable(helper) << ": "
              << std::strerror(errno) << "\n";
    return 1;
}

int run_list(const checks::Registry& registry) {
    for (const checks::RuleText& text : checks::native_rule_texts())
        if (text.id == kRootCheckId) std::cout << kRootCheckId << "\t" << text.title << "\n";
    for (const checks::Check& check : registry.all())
        std::cout << check.id << "\t" << check.title << "\n";
    return 0;
}

int run_facts(const Options& options) {
    if (options.arguments != std::vector<std::string>{"--json"}) {
        std::cerr << "oscap-virt facts: only --json output exists\n";
        return kExitUsage;
    }
    const auto env = environment();
    const Target target = resolve_target(options, xccdf_values(env), env);
    if (const auto system = target.fs ? identify_system(*target.fs) : SystemIdentity{};
        !target.fs || !system.error.empty()) {
        std::cerr << "oscap-virt: " << model::printable(target.fs ? system.error : target.error)
                  << "\n";
        return 1;
    }
    const facts::Needs everything =
        facts::kNeedGuests | facts::kNeedSelinuxState | facts::kNeedProcessLabels;
    std::cout << facts_json(facts::collect(*target.fs, {target.uri, everything}));
    return 0;
}

// `scan` lives in its own executable (libopenscap is heavy to load, and `check` never needs it),
// installed at OSCAP_VIRT_SCAN_PROGRAM relative to this one's directory.
int exec_scan(char** argv) {
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    const std::filesystem::path program =
        error ? std::filesystem::path(OSCAP_VIRT_SCAN_PROGRAM)
              : (self.parent_path() / OSCAP_VIRT_SCAN_PROGRAM).lexically_normal();
    ::execv(program.c_str(), argv);
    std::cerr << "oscap-virt: cannot run " << model::printable(program.string()) << ": "
              << std::strerror(errno) << "\n";
    return 1;  // oscap's status for a scan that could not be done
}

int run(int argc, char** argv) {
    std::string error;
    const auto options = parse_options(argc, argv, error);
    if (!options) {
        std::cerr << "oscap-virt: " << error << "\n" << kUsage;
        return kExitUsage;
    }
    if (options->command.empty()) {
        std::cerr << kUsage;
        return kExitUsage;
    }
    if (options->command == "--help" || options->command == "help") {
        std::cout << kUsage;
        return 0;
    }
    if (options->command == "--version") {
        std::cout << "oscap-virt " << OSCAP_VIRT_VERSION << "\n";
        return 0;
    }
    const checks::Registry registry = checks::all_checks();
    if (options->command == "check") return run_check(*options, registry);
    if (options->command == "list") return run_list(registry);
    if (options->command == "tailor") return run_tailor(*options);
    if (options->command == "facts") return run_facts(*options);
    if (options->command == "scan") return exec_scan(argv);
    std::cerr << "oscap-virt: unknown command '" << model::printable(options->command) << "'\n"
              << kUsage;
    return kExitUsage;
}

}  // namespace
}  // namespace oscapvirt::cli

int main(int argc, char** argv) {
    // Whatever goes wrong, SCE must see *error*, never a pass or a crash.
    try {
        return oscapvirt::cli::run(argc, argv);
    } catch (const std::exception& e) {
        return oscapvirt::cli::report_error("oscap-virt", e.what());
    } catch (...) {
        return oscapvirt::cli::report_error("oscap-virt", "unexpected failure");
    }
}
