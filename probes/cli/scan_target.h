#pragma once
// Which host a check judges: the same root OVAL reads, always.
#include <map>
#include <optional>
#include <string>
#include <variant>

namespace oscapvirt::cli {

// OSCAP_PROBE_ROOT of the nearest ancestor process that is oscap (SCE scripts do not inherit
// it), or of this process when run by hand. nullopt: none set. A string error: an oscap
// ancestor exists but its environment could not be read.
struct ProbeRootLookup {
    std::optional<std::string> root;
    std::string error;
};
ProbeRootLookup find_probe_root(const std::map<std::string, std::string>& own_environment);

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
