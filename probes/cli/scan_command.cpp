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

int print_rule_result(xccdf_rule_result* result, void*) {
    const xccdf_test_result_type_t type = xccdf_rule_result_get_result(result);
    if (type == XCCDF_RESULT_NOT_SELECTED) return 0;
    const char* id = xccdf_rule_result_get_idref(result);
    std::cout << (id ? id : "?") << ": " << xccdf_test_result_type_get_text(type) << "\n"
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

// The same steps, in the same order, as `oscap xccdf eval` (utils/oscap-xccdf.c).
int evaluate(xccdf_session* session, const ScanRequest& request) {
    exsltRegisterAll();  // as oscap does: xccdf-report.xsl uses exsl:node-set
    if (xccdf_session_load(session) != 0) return report_oscap_error("cannot load " + request.datastream);
    const std::string profile = profile_id(request.profile);
    if (!xccdf_session_set_profile_id(session, profile.c_str())) {
        std::cerr << "oscap-virt scan: profile \"" << model::printable(profile) << "\" not found\n";
        return kOscapError;
    }
    if (request.connect && !set_value(session, "oscap_virt_connect", *request.connect))
        return report_oscap_error("cannot set the libvirt URI Value");
    xccdf_policy_model_register_output_callback(xccdf_session_get_policy_model(session),
                                                print_rule_result, nullptr);
    if (xccdf_session_evaluate(session) != 0) return report_oscap_error("evaluation failed");
    xccdf_session_set_oval_results_export(session, false);
    xccdf_session_set_arf_export(session, request.results_arf ? request.results_arf->c_str() : nullptr);
    if (xccdf_session_export_oval(session) != 0) return report_oscap_error("cannot export OVAL results");
    if (xccdf_session_export_check_engine_plugins(session) != 0)
        return report_oscap_error("cannot export SCE results");
    xccdf_session_set_xccdf_export(session, nullptr);
    xccdf_session_set_report_export(session, request.report ? request.report->c_str() : nullptr);
    if (xccdf_session_export_xccdf(session) != 0) return report_oscap_error("cannot write the report");
    if (xccdf_session_export_arf(session) != 0) return report_oscap_error("cannot write the ARF");
    return xccdf_session_contains_fail_result(session) ? kOscapFail : kOscapOk;
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
        std::optional<std::string>* target = nullptr;
        std::string* plain = nullptr;
        if (arg == "--profile") plain = &request.profile;
        else if (arg == "--tailoring-file") target = &request.tailoring_file;
        else if (arg == "--results-arf") target = &request.results_arf;
        else if (arg == "--report") target = &request.report;
        else if (arg == "--root") target = &request.root;
        else if (arg == "--connect") target = &request.connect;
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
    if (request.root) {
        // Relative or symlinked roots would differ between OVAL probes and native checks.
        std::unique_ptr<char, CStringFree> root(::realpath(request.root->c_str(), nullptr));
        if (!root) {
            std::cerr << "oscap-virt scan: no such root " << model::printable(*request.root) << "\n";
            return kOscapError;
        }
        if (!root_in_own_environment(root.get())) return reexec_with_probe_root(root.get(), argv);
    }
    if (::access(request.datastream.c_str(), R_OK) != 0) {
        std::cerr << "oscap-virt scan: cannot read the datastream " << model::printable(request.datastream)
                  << ": " << std::strerror(errno) << "\n";
        return kOscapError;
    }
    int status = kOscapError;
    {
        Session session = open_session(request);
        if (!session) return report_oscap_error("cannot open " + request.datastream);
        status = evaluate(session.get(), request);
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
