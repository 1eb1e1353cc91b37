#include "cli/scan_command.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>

// libopenscap's headers have no C++ linkage guards, and xccdf_benchmark.h names a parameter
// `requires`, a keyword since C++20.
extern "C" {
#define requires requires_
#include <oscap.h>
#include <oscap_error.h>
#include <xccdf_benchmark.h>
#include <xccdf_policy.h>
#include <xccdf_session.h>
#undef requires
}
#include <libexslt/exslt.h>
#include <sys/stat.h>

#include <iomanip>
#include <map>
#include <sstream>
#include <vector>

#include "cli/facts_json.h"
#include "cli/scan_target.h"
#include "model/printable.h"

#ifndef OSCAP_VIRT_DEFAULT_DATASTREAM
#error "OSCAP_VIRT_DEFAULT_DATASTREAM must name the installed datastream"
#endif

namespace oscapvirt::cli {
namespace {

// oscap's exit statuses (utils/oscap-tool.h): what Foreman and scripts already act on.
constexpr int kOscapOk = 0;
constexpr int kOscapError = 1;
constexpr int kOscapFail = 2;

constexpr const char* kIdPrefix = "xccdf_org.oscapvirt_";
constexpr const char* kDefaultProfile = "virt_host";
// Identifies oscap-virt as the scanner in the ARF, where oscap puts its own CPE.
constexpr const char* kProductCpe = "cpe:/a:oscapvirt:oscap-virt";

struct SessionFree {
    void operator()(xccdf_session* session) const { xccdf_session_free(session); }
};
using Session = std::unique_ptr<xccdf_session, SessionFree>;

struct SetValueFree {
    void operator()(xccdf_setvalue* value) const { xccdf_setvalue_free(value); }
};
using SetValue = std::unique_ptr<xccdf_setvalue, SetValueFree>;

struct CStringFree {
    void operator()(char* text) const { std::free(text); }
};

// libopenscap reports failures on its own error stack, not through return values alone.
int report_oscap_error(const std::string& what) {
    std::cerr << "oscap-virt scan: " << what;
    if (oscap_err()) {
        std::unique_ptr<char, CStringFree> full(oscap_err_get_full_error());
        if (full) std::cerr << ": " << model::printable(full.get(), 4096);
    }
    std::cerr << "\n";
    return kOscapError;
}

// A short profile name as oscap-virt documents them, or a full XCCDF id as oscap takes it.
std::string profile_id(const std::string& profile) {
    if (profile.rfind("xccdf_", 0) == 0) return profile;
    return std::string(kIdPrefix) + "profile_" + profile;
}

// The configured datastream; a relative path is relative to this executable's directory.
std::string default_datastream() {
    const std::filesystem::path configured = OSCAP_VIRT_DEFAULT_DATASTREAM;
    if (configured.is_absolute()) return configured.string();
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error) return configured.string();
    return (self.parent_path() / configured).lexically_normal().string();
}

struct TextFree {
    void operator()(char* text) const { std::free(text); }
};

const char* severity_name(xccdf_level_t level) {
    switch (level) {
        case XCCDF_HIGH:
            return "high";
        case XCCDF_MEDIUM:
            return "medium";
        case XCCDF_LOW:
            return "low";
        case XCCDF_INFO:
            return "info";
        default:
            return "unknown";
    }
}

struct RuleLine {
    std::string id, title, severity, result;
};

// What the scan prints as it goes ("[ 3/64] fail     high    Title") and keeps for the summary.
struct Progress {
    xccdf_benchmark* benchmark = nullptr;
    int total = 0;
    std::ostream* out = &std::cout;
    std::vector<RuleLine> rules;
};

std::string rule_title(xccdf_benchmark* benchmark, const char* id) {
    xccdf_item* item = benchmark && id ? xccdf_benchmark_get_item(benchmark, id) : nullptr;
    if (!item) return id ? id : "?";
    std::unique_ptr<char, TextFree> title(
        oscap_textlist_get_preferred_plaintext(xccdf_item_get_title(item), nullptr));
    return title ? std::string(title.get()) : std::string(id);
}

int print_rule_result(xccdf_rule_result* result, void* data) {
    auto& progress = *static_cast<Progress*>(data);
    const xccdf_test_result_type_t type = xccdf_rule_result_get_result(result);
    if (type == XCCDF_RESULT_NOT_SELECTED) return 0;
    const char* id = xccdf_rule_result_get_idref(result);
    RuleLine line{id ? id : "?", rule_title(progress.benchmark, id),
                  severity_name(xccdf_rule_result_get_severity(result)),
                  xccdf_test_result_type_get_text(type)};
    progress.rules.push_back(line);
    const int width = static_cast<int>(std::to_string(progress.total).size());
    *progress.out << "[" << std::setw(width) << progress.rules.size() << "/" << progress.total
                  << "] " << std::left << std::setw(14) << line.result << std::setw(8)
                  << line.severity << std::right << model::printable(line.title, 200) << "\n"
                  << std::flush;
    return 0;
}

// Native checks read the libvirt URI from this Value; a set-value added last wins.
bool set_value(xccdf_session* session, const std::string& short_id, const std::string& value) {
    xccdf_profile* profile = xccdf_policy_get_profile(xccdf_session_get_xccdf_policy(session));
    if (!profile) return false;
    SetValue setvalue(xccdf_setvalue_new());
    const std::string id = std::string(kIdPrefix) + "value_" + short_id;
    if (!setvalue || !xccdf_setvalue_set_item(setvalue.get(), id.c_str()) ||
        !xccdf_setvalue_set_value(setvalue.get(), value.c_str()))
        return false;
    if (!xccdf_profile_add_setvalue(profile, setvalue.get())) return false;
    setvalue.release();  // owned by the profile now
    return true;
}

// Offline, oscap records the target as "unknown": name the scanned system instead, in the
// TestResult's target and target-facts (XCCDF 1.2, 6.6.2), which the ARF's asset carries too.
// XCCDF names no fact for a machine id, a scan root or an OS name: those carry our own names.
bool add_fact(xccdf_result* result, const std::string& name, const std::string& value) {
    if (value.empty()) return true;
    xccdf_target_fact* fact = xccdf_target_fact_new();
    if (!fact || !xccdf_target_fact_set_name(fact, name.c_str()) ||
        !xccdf_target_fact_set_string(fact, value.c_str()) ||
        !xccdf_result_add_target_fact(result, fact)) {
        if (fact) xccdf_target_fact_free(fact);
        return false;
    }
    return true;
}

bool record_scanned_system(xccdf_session* session, const std::string& root,
                           const SystemIdentity& system) {
    xccdf_result* result = nullptr;
    xccdf_result_iterator* results =
        xccdf_policy_get_results(xccdf_session_get_xccdf_policy(session));
    while (results && xccdf_result_iterator_has_more(results))
        result = xccdf_result_iterator_next(results);
    if (results) xccdf_result_iterator_free(results);
    if (!result) return false;
    oscap_string_iterator* targets = xccdf_result_get_targets(result);
    while (oscap_string_iterator_has_more(targets)) {
        oscap_string_iterator_next(targets);
        oscap_string_iterator_remove(targets);
    }
    oscap_string_iterator_free(targets);
    const std::string target = !system.hostname.empty()     ? system.hostname
                               : !system.machine_id.empty() ? system.machine_id
                                                            : root;
    // oscap adds urn:xccdf:fact:asset:identifier:host_name from the target when it writes.
    return xccdf_result_add_target(result, target.c_str()) &&
           add_fact(result, "urn:oscap-virt:fact:machine-id", system.machine_id) &&
           add_fact(result, "urn:oscap-virt:fact:scan-root", root) &&
           add_fact(result, "urn:oscap-virt:fact:os-release", system.pretty_name);
}

// SCE scripts get a fixed environment; native checks learn the root from the environment of
// their nearest oscap or oscap-virt ancestor as the kernel shows it (/proc/<pid>/environ),
// which setenv() does not change. So the root must be in the environment this process was
// started with: re-execute once with it. Returns only on failure.
int reexec_with_probe_root(const std::string& root, char** argv) {
    if (::setenv("OSCAP_PROBE_ROOT", root.c_str(), 1) != 0)
        return report_oscap_error("cannot set OSCAP_PROBE_ROOT");
    ::execv("/proc/self/exe", argv);
    std::cerr << "oscap-virt scan: cannot re-execute with OSCAP_PROBE_ROOT: "
              << std::strerror(errno) << "\n";
    return kOscapError;
}

bool root_in_own_environment(const std::string& root) {
    const char* current = std::getenv("OSCAP_PROBE_ROOT");
    return current && root == current;
}

Session open_session(const ScanRequest& request) {
    Session session(xccdf_session_new(request.datastream.c_str()));
    if (!session) return session;
    xccdf_session_set_validation(session.get(), true, false);
    xccdf_session_set_product_cpe(session.get(), kProductCpe);
    if (request.tailoring_file)
        xccdf_session_set_user_tailoring_file(session.get(), request.tailoring_file->c_str());
    return session;
}

void print_summary(std::ostream& out, const Progress& progress, const ScanRequest& request,
                   const SystemIdentity* system, int status) {
    std::map<std::string, int> by_result;
    std::map<std::string, int> failed_by_severity;
    for (const RuleLine& rule : progress.rules) {
        ++by_result[rule.result];
        if (rule.result == "fail") ++failed_by_severity[rule.severity];
    }
    out << "\n";
    if (system)
        out << "Scanned: " << model::printable(request.root.value_or("/"))
            << (system->pretty_name.empty() ? ""
                                            : " (" + model::printable(system->pretty_name) + ")")
            << (system->hostname.empty() ? "" : ", host " + model::printable(system->hostname))
            << "\n";
    out << "Results:";
    const char* order[] = {"pass",          "fail",       "error",         "unknown",
                           "notapplicable", "notchecked", "informational", "fixed"};
    for (const char* name : order)
        if (by_result.count(name)) out << " " << by_result[name] << " " << name;
    out << " (" << progress.rules.size() << " rules)\n";
    if (!failed_by_severity.empty()) {
        out << "Failed by severity:";
        for (const char* level : {"high", "medium", "low", "info", "unknown"})
            if (failed_by_severity.count(level))
                out << " " << level << " " << failed_by_severity[level];
        out << "\n";
    }
    if (request.results_arf) out << "ARF: " << model::printable(*request.results_arf) << "\n";
    if (request.report) out << "Report: " << model::printable(*request.report) << "\n";
    out << "Exit status " << status
        << (status == kOscapOk     ? " (no rule failed)"
            : status == kOscapFail ? " (some rule failed or could not be checked)"
                                   : " (scan incomplete)")
        << "\n";
}

std::string summary_json(const Progress& progress, const ScanRequest& request,
                         const SystemIdentity* system, int status) {
    std::map<std::string, int> by_result;
    std::map<std::string, int> failed_by_severity;
    std::string rules;
    for (const RuleLine& rule : progress.rules) {
        ++by_result[rule.result];
        if (rule.result == "fail") ++failed_by_severity[rule.severity];
        rules += std::string(rules.empty() ? "" : ",") + "{\"id\":" + json_string(rule.id) +
                 ",\"title\":" + json_string(rule.title) +
                 ",\"severity\":" + json_string(rule.severity) +
                 ",\"result\":" + json_string(rule.result) + "}";
    }
    auto counts = [](const std::map<std::string, int>& map) {
        std::string body;
        for (const auto& [name, count] : map)
            body += std::string(body.empty() ? "" : ",") + json_string(name) + ":" +
                    std::to_string(count);
        return "{" + body + "}";
    };
    auto optional = [](const std::optional<std::string>& value) {
        return value ? json_string(*value) : std::string("null");
    };
    std::string json = "{\"profile\":" + json_string(profile_id(request.profile)) +
                       ",\"datastream\":" + json_string(request.datastream) +
                       ",\"root\":" + optional(request.root);
    if (system)
        json += ",\"system\":{\"hostname\":" + json_string(system->hostname) +
                ",\"machine_id\":" + json_string(system->machine_id) +
                ",\"os\":" + json_string(system->pretty_name) + "}";
    json += ",\"exit_status\":" + std::to_string(status) + ",\"results\":" + counts(by_result) +
            ",\"failed_by_severity\":" + counts(failed_by_severity) +
            ",\"arf\":" + optional(request.results_arf) +
            ",\"report\":" + optional(request.report) + ",\"rules\":[" + rules + "]}";
    return json;
}

// The same steps, in the same order, as `oscap xccdf eval` (utils/oscap-xccdf.c).
int evaluate(xccdf_session* session, const ScanRequest& request, const SystemIdentity* system) {
    exsltRegisterAll();  // as oscap does: xccdf-report.xsl uses exsl:node-set
    if (xccdf_session_load(session) != 0)
        return report_oscap_error("cannot load " + request.datastream);
    const std::string profile = profile_id(request.profile);
    if (!xccdf_session_set_profile_id(session, profile.c_str())) {
        std::cerr << "oscap-virt scan: profile \"" << model::printable(profile)
                  << "\" not found (oscap info " << model::printable(request.datastream)
                  << " lists them)\n";
        return kOscapError;
    }
    if (request.connect && !set_value(session, "oscap_virt_connect", *request.connect))
        return report_oscap_error("cannot set the libvirt URI Value");
    Progress progress;
    xccdf_policy_model* model = xccdf_session_get_policy_model(session);
    progress.benchmark = xccdf_policy_model_get_benchmark(model);
    progress.total = xccdf_policy_get_selected_rules_count(xccdf_session_get_xccdf_policy(session));
    progress.out = request.json ? &std::cerr : &std::cout;
    xccdf_policy_model_register_output_callback(model, print_rule_result, &progress);
    if (xccdf_session_evaluate(session) != 0) return report_oscap_error("evaluation failed");
    if (system && !record_scanned_system(session, *request.root, *system))
        return report_oscap_error("cannot record the scanned system in the results");
    xccdf_session_set_oval_results_export(session, false);
    xccdf_session_set_arf_export(session,
                                 request.results_arf ? request.results_arf->c_str() : nullptr);
    if (xccdf_session_export_oval(session) != 0)
        return report_oscap_error("cannot export OVAL results");
    if (xccdf_session_export_check_engine_plugins(session) != 0)
        return report_oscap_error("cannot export SCE results");
    xccdf_session_set_xccdf_export(session, nullptr);
    xccdf_session_set_report_export(session, request.report ? request.report->c_str() : nullptr);
    if (xccdf_session_export_xccdf(session) != 0)
        return report_oscap_error("cannot write the report");
    if (xccdf_session_export_arf(session) != 0) return report_oscap_error("cannot write the ARF");
    const int status = xccdf_session_contains_fail_result(session) ? kOscapFail : kOscapOk;
    if (request.json)
        std::cout << summary_json(progress, request, system, status) << "\n";
    else
        print_summary(std::cout, progress, request, system, status);
    return status;
}

// Why the scan cannot be done, in one line naming the cause and the fix; empty when it can.
std::string root_problem(const std::string& given, std::string& canonical) {
    std::unique_ptr<char, CStringFree> resolved(::realpath(given.c_str(), nullptr));
    if (!resolved) {
        const int error = errno;
        if (error == ENOENT)
            return "no such root " + given +
                   ": give the directory where the scanned system's root file system is mounted";
        if (error == EACCES)
            return "cannot reach the root " + given +
                   ": permission denied on a directory on the way (run as root)";
        if (error == ENOTDIR)
            return "the root " + given + ": a component of the path is not a directory";
        return "cannot resolve the root " + given + ": " + std::strerror(error);
    }
    canonical = resolved.get();
    struct stat st {};
    if (::stat(canonical.c_str(), &st) != 0)
        return "cannot stat the root " + given + ": " + std::strerror(errno);
    if (!S_ISDIR(st.st_mode))
        return "the root " + given +
               " is not a directory: --root takes the directory where the scanned system's root "
               "file system is mounted";
    if (::access(canonical.c_str(), R_OK | X_OK) != 0)
        return "cannot read the root " + given + ": " + std::strerror(errno) + " (run as root)";
    return "";
}

std::string output_problem(const char* what, const std::optional<std::string>& file) {
    if (!file) return "";
    std::filesystem::path parent = std::filesystem::path(*file).parent_path();
    if (parent.empty()) parent = ".";
    std::error_code error;
    if (!std::filesystem::is_directory(parent, error))
        return std::string("cannot write the ") + what + " " + *file + ": directory " +
               parent.string() + " does not exist (create it or give another path)";
    if (::access(parent.c_str(), W_OK) != 0)
        return std::string("cannot write the ") + what + " " + *file + ": directory " +
               parent.string() + " is not writable: " + std::strerror(errno);
    return "";
}

std::string request_problem(const ScanRequest& request) {
    if (::geteuid() != 0) return non_root_scan_problem(request.root.has_value());
    if (::access(request.datastream.c_str(), R_OK) != 0)
        return "cannot read the datastream " + request.datastream + ": " + std::strerror(errno);
    if (request.tailoring_file && ::access(request.tailoring_file->c_str(), R_OK) != 0)
        return "cannot read the tailoring file " + *request.tailoring_file + ": " +
               std::strerror(errno);
    if (auto problem = output_problem("ARF", request.results_arf); !problem.empty()) return problem;
    return output_problem("report", request.report);
}

}  // namespace

std::optional<ScanRequest> parse_scan_arguments(const std::vector<std::string>& arguments,
                                                const std::optional<std::string>& root,
                                                const std::optional<std::string>& connect,
                                                std::string& error) {
    ScanRequest request{default_datastream(), kDefaultProfile, {}, {}, {}, root, connect};
    bool datastream_given = false;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& arg = arguments[i];
        if (arg == "--help" || arg == "-h") return std::nullopt;
        if (arg == "--json") {
            request.json = true;
            continue;
        }
        std::optional<std::string>* target = nullptr;
        std::string* plain = nullptr;
        if (arg == "--profile")
            plain = &request.profile;
        else if (arg == "--tailoring-file")
            target = &request.tailoring_file;
        else if (arg == "--results-arf")
            target = &request.results_arf;
        else if (arg == "--report")
            target = &request.report;
        else if (arg == "--root")
            target = &request.root;
        else if (arg == "--connect")
            target = &request.connect;
        if (target || plain) {
            if (i + 1 >= arguments.size() || arguments[i + 1].empty()) {
                error = arg + " needs a value";
                return std::nullopt;
            }
            (plain ? *plain : target->emplace()) = arguments[++i];
        } else if (!arg.empty() && arg[0] == '-') {
            error = "unknown scan option " + arg;
            return std::nullopt;
        } else if (datastream_given) {
            error = "only one datastream may be given";
            return std::nullopt;
        } else {
            request.datastream = arg;
            datastream_given = true;
        }
    }
    return request;
}

int run_scan(const ScanRequest& request, char** argv) {
    auto refuse = [](const std::string& problem) {
        std::cerr << "oscap-virt scan: " << model::printable(problem, 1024) << "\n";
        return kOscapError;
    };
    // Relative or symlinked roots would differ between OVAL probes and native checks.
    std::string root;
    if (request.root)
        if (auto problem = root_problem(*request.root, root); !problem.empty())
            return refuse(problem);
    if (auto problem = request_problem(request); !problem.empty()) return refuse(problem);
    std::optional<SystemIdentity> system;
    if (request.root) {
        auto fs = sources::RootFs::open(root);
        if (auto* err = std::get_if<sources::FsError>(&fs)) return refuse(err->describe());
        system = identify_system(std::get<sources::RootFs>(fs));
        if (!system->error.empty()) return refuse(system->error);
        if (!root_in_own_environment(root)) return reexec_with_probe_root(root, argv);
    }
    int status = kOscapError;
    {
        Session session = open_session(request);
        if (!session) return report_oscap_error("cannot open " + request.datastream);
        status = evaluate(session.get(), request, system ? &*system : nullptr);
    }
    oscap_cleanup();
    return status;
}

int scan_main(const std::optional<std::string>& root, const std::optional<std::string>& connect,
              const std::vector<std::string>& arguments, char** argv) {
    std::string error;
    const auto request = parse_scan_arguments(arguments, root, connect, error);
    if (!request) {
        if (!error.empty()) std::cerr << "oscap-virt scan: " << model::printable(error) << "\n";
        (error.empty() ? std::cout : std::cerr) << kScanUsage;
        return error.empty() ? kOscapOk : kOscapError;
    }
    return run_scan(*request, argv);
}

}  // namespace oscapvirt::cli
