#include "cli/scan_target.h"

#include <climits>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace oscapvirt::cli {
namespace {

constexpr int kMaxAncestors = 64;

// The parent pid from /proc/<pid>/stat; the command name may hold spaces and parentheses.
int parent_of(int pid) {
    const auto stat = read_small_file("/proc/" + std::to_string(pid) + "/stat");
    if (!stat) return 0;
    const auto close = stat->rfind(')');
    if (close == std::string::npos) return 0;
    std::istringstream rest(stat->substr(close + 1));
    std::string state;
    int ppid = 0;
    rest >> state >> ppid;
    return ppid;
}

bool is_oscap(int pid) {
    char target[PATH_MAX];
    const std::string link = "/proc/" + std::to_string(pid) + "/exe";
    const ssize_t n = ::readlink(link.c_str(), target, sizeof target - 1);
    if (n <= 0) return false;
    const std::string exe(target, static_cast<std::size_t>(n));
    const std::string base = exe.substr(exe.rfind('/') + 1);
    return base == "oscap" || base == "oscap-virt-scan";
}

std::optional<std::string> variable_in(const std::string& environ_block, const std::string& name) {
    const std::string prefix = name + "=";
    std::size_t start = 0;
    while (start < environ_block.size()) {
        std::size_t end = environ_block.find('\0', start);
        if (end == std::string::npos) end = environ_block.size();
        if (environ_block.compare(start, prefix.size(), prefix) == 0)
            return environ_block.substr(start + prefix.size(), end - start - prefix.size());
        start = end + 1;
    }
    return std::nullopt;
}

std::string canonical(const std::string& path) {
    char resolved[PATH_MAX];
    return ::realpath(path.c_str(), resolved) ? std::string(resolved) : path;
}

}  // namespace

std::optional<std::string> read_small_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

int find_oscap_ancestor() {
    int pid = static_cast<int>(::getppid());
    for (int depth = 0; pid > 1 && depth < kMaxAncestors; ++depth, pid = parent_of(pid))
        if (is_oscap(pid)) return pid;
    return 0;
}

std::optional<std::string> environment_variable_of(int pid, const std::string& name,
                                                   bool& readable) {
    const auto environ_block = read_small_file("/proc/" + std::to_string(pid) + "/environ");
    readable = environ_block.has_value();
    if (!environ_block) return std::nullopt;
    return variable_in(*environ_block, name);
}

ProbeRootLookup find_probe_root(const std::map<std::string, std::string>& own_environment) {
    if (auto own = own_environment.find("OSCAP_PROBE_ROOT");
        own != own_environment.end() && !own->second.empty())
        return {own->second, ""};
    const int pid = find_oscap_ancestor();
    if (pid == 0) return {std::nullopt, ""};
    bool readable = false;
    const auto root = environment_variable_of(pid, "OSCAP_PROBE_ROOT", readable);
    if (!readable)
        return {std::nullopt, "cannot read the environment of oscap (pid " + std::to_string(pid) +
                                  ") to learn OSCAP_PROBE_ROOT"};
    if (!root || root->empty()) return {std::nullopt, ""};
    return {*root, ""};
}

RootChoice choose_root(const std::optional<std::string>& explicit_root,
                       const std::string& value_root, const ProbeRootLookup& probe_root) {
    if (explicit_root) return {*explicit_root, ""};
    if (!probe_root.error.empty()) return {"", probe_root.error};
    if (probe_root.root && !value_root.empty() &&
        canonical(*probe_root.root) != canonical(value_root))
        return {"", "var_oscap_virt_root (" + value_root + ") contradicts OSCAP_PROBE_ROOT (" +
                        *probe_root.root + ")"};
    if (probe_root.root) return {*probe_root.root, ""};
    if (!value_root.empty()) return {value_root, ""};
    return {"/", ""};
}

}  // namespace oscapvirt::cli
