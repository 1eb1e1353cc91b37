#pragma once
// Which host a check judges: the same root OVAL reads, always.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <variant>

#include "sources/root_fs.h"

namespace oscapvirt::cli {

// OSCAP_PROBE_ROOT as the scan that runs this process sees it. SCE scripts do not inherit it,
// so the nearest ancestor process whose environment holds the variable decides, whatever that
// process is called (oscap may run through the dynamic loader, or oscap-run-sce-script may sit
// in between). nullopt: no ancestor holds it (or holds it empty), so the scan judges `/`. An
// error: an ancestor that looks like oscap has an environment that cannot be read.
struct ProbeRootLookup {
    std::optional<std::string> root;
    std::string error;
};

// What the lookup needs to know about processes; /proc in production, a table in tests.
struct ProcessView {
    std::function<int(int pid)> parent;  // 0 when unknown
    // The NUL-separated environment block, nullopt when it cannot be read.
    std::function<std::optional<std::string>(int pid)> environment;
    std::function<bool(int pid)> looks_like_oscap;  // by executable or argv[0]
};

ProbeRootLookup find_probe_root(const std::map<std::string, std::string>& own_environment);
ProbeRootLookup find_probe_root(const std::map<std::string, std::string>& own_environment,
                                int parent_pid, const ProcessView& processes);

// The content of a small file of the scanning machine (/proc/<pid>/...); nullopt if unreadable.
std::optional<std::string> read_small_file(const std::string& path);

// The nearest ancestor process that is oscap (or oscap-virt-scan): the scan this process
// serves. 0 when run by hand.
int find_oscap_ancestor();

// A variable of a process's environment as the kernel shows it (/proc/<pid>/environ, which
// setenv() does not change); nullopt when unset. `readable` is false when it cannot be read.
std::optional<std::string> environment_variable_of(int pid, const std::string& name,
                                                   bool& readable);

struct RootChoice {
    std::string root;
    std::string error;  // non-empty: the scan must not go on
};

// explicit_root: --root; value_root: the XCCDF Value var_oscap_virt_root.
RootChoice choose_root(const std::optional<std::string>& explicit_root,
                       const std::string& value_root, const ProbeRootLookup& probe_root);

}  // namespace oscapvirt::cli

namespace oscapvirt::cli {

// What a root must hold to be judged: an operating system, which we take to mean an
// os-release(5) file, /etc/os-release or, when that does not exist, /usr/lib/os-release (the
// order systemd and every current distribution follow), readable as a regular file through
// the root-confined view. An empty directory, an unmounted mount point or a wrong path holds none,
// and every native check then reports error instead of judging nothing (which oscap would call
// notapplicable, and a scan would call success).
struct SystemIdentity {
    std::string os_release;   // the path read, empty when none
    std::string pretty_name;  // PRETTY_NAME, else NAME, else ID
    std::string hostname;     // /etc/hostname, first non-comment line; empty when absent
    std::string machine_id;   // /etc/machine-id; empty when absent or malformed
    std::string error;        // non-empty: the root holds no operating system (why)
    bool missing = false;     // no os-release at all (rather than one that cannot be read)
};

// The native check of rule scan_root_holds_system, judged before any fact is collected.
constexpr const char* kRootCheckId = "scan_root_holds_system";
SystemIdentity identify_system(const sources::RootFs& fs);

// The CPE platforms (oval/platforms.xml) are OVAL, read by oscap itself, and oscap 1.3.7
// resolves an absolute symbolic link inside an offline root on the scanning machine. Empty when
// no path those platforms read is reached through one; else the first such link (or why the
// paths could not be walked), so that the scan reports an error instead of deciding which
// rules apply from another machine's files.
std::string platform_link_problem(const sources::RootFs& fs);

// Why a user other than root cannot scan (offline: with --root), said before anything is run.
std::string non_root_scan_problem(bool offline);

}  // namespace oscapvirt::cli
