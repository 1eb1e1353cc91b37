#pragma once
// `oscap-virt scan`: `oscap xccdf eval` of the installed oscap-virt datastream, through
// libopenscap's xccdf_session API, with oscap-virt's defaults and its --root and --connect.
#include <optional>
#include <string>
#include <vector>

namespace oscapvirt::cli {

constexpr const char* kScanUsage =
    R"(Usage: oscap-virt [--root DIR] [--connect URI] scan [OPTIONS] [DATASTREAM]

Evaluates an XCCDF profile of the oscap-virt datastream exactly as `oscap xccdf eval` does.

Options:
  --profile ID          profile id or its suffix (default: virt_host)
  --tailoring-file FILE XCCDF tailoring file
  --results-arf FILE    write the results as an ARF (result data stream)
  --report FILE         write an HTML report
  --root DIR            judge the host whose root file system is DIR (OSCAP_PROBE_ROOT)
  --connect URI         libvirt URI of native checks on a live host ("none": state files)
  --json                print a JSON summary on stdout (progress goes to stderr)
DATASTREAM defaults to the installed oscap-virt-ds.xml.

Prints each rule's result, severity and title as it goes, then a summary by result and
by severity and where the ARF and report went. Runs as root. An offline root must hold
an operating system (/etc/os-release or /usr/lib/os-release).

Exit status as oscap's: 0 no rule failed, 2 some rule failed, 1 the scan could not be
done (not root, no such or empty root, unreadable datastream or tailoring file, output
directory missing; one line on stderr names the cause).
)";

struct ScanRequest {
    std::string datastream;
    std::string profile;
    std::optional<std::string> tailoring_file;
    std::optional<std::string> results_arf;
    std::optional<std::string> report;
    std::optional<std::string> root;
    std::optional<std::string> connect;
    bool json = false;  // a JSON summary on stdout; progress on stderr
};

// Parses the arguments after `scan`; root and connect given before the command are defaults.
// nullopt with `error` set: a usage error. nullopt with `error` empty: --help was asked.
std::optional<ScanRequest> parse_scan_arguments(const std::vector<std::string>& arguments,
                                                const std::optional<std::string>& root,
                                                const std::optional<std::string>& connect,
                                                std::string& error);

// Runs the scan; argv is this process's own, to re-execute it with OSCAP_PROBE_ROOT set.
// Returns oscap's exit status.
int run_scan(const ScanRequest& request, char** argv);

// The `scan` command: parses, prints help or usage errors, runs.
int scan_main(const std::optional<std::string>& root, const std::optional<std::string>& connect,
              const std::vector<std::string>& arguments, char** argv);

}  // namespace oscapvirt::cli
