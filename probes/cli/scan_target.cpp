#include "cli/scan_target.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include <vector>

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

std::string base_name(const std::string& path) { return path.substr(path.rfind('/') + 1); }

// oscap itself, or oscap started through the dynamic loader (its argv[0] is still oscap).
bool looks_like_oscap(int pid) {
    char target[PATH_MAX];
    const std::string link = "/proc/" + std::to_string(pid) + "/exe";
    const ssize_t n = ::readlink(link.c_str(), target, sizeof target - 1);
    if (n > 0) {
        const std::string base = base_name(std::string(target, static_cast<std::size_t>(n)));
        if (base == "oscap" || base == "oscap-virt-scan") return true;
    }
    const auto cmdline = read_small_file("/proc/" + std::to_string(pid) + "/cmdline");
    if (!cmdline) return false;
    const std::string argv0 = cmdline->substr(0, cmdline->find('\0'));
    return base_name(argv0) == "oscap";
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
        if (looks_like_oscap(pid)) return pid;
    return 0;
}

std::optional<std::string> environment_variable_of(int pid, const std::string& name,
                                                   bool& readable) {
    const auto environ_block = read_small_file("/proc/" + std::to_string(pid) + "/environ");
    readable = environ_block.has_value();
    if (!environ_block) return std::nullopt;
    return variable_in(*environ_block, name);
}

ProbeRootLookup find_probe_root(const std::map<std::string, std::string>& own_environment,
                                int parent_pid, const ProcessView& processes) {
    if (auto own = own_environment.find("OSCAP_PROBE_ROOT"); own != own_environment.end()) {
        if (own->second.empty()) return {std::nullopt, ""};
        return {own->second, ""};
    }
    int pid = parent_pid;
    for (int depth = 0; pid > 1 && depth < kMaxAncestors; ++depth, pid = processes.parent(pid)) {
        const auto environ_block = processes.environment(pid);
        if (!environ_block) {
            // Another user's process (a login shell's parents, when run by hand) says nothing
            // about the scan; an oscap whose environment is hidden does.
            if (processes.looks_like_oscap(pid))
                return {std::nullopt, "cannot read the environment of oscap (pid " +
                                          std::to_string(pid) + ") to learn OSCAP_PROBE_ROOT"};
            continue;
        }
        const auto root = variable_in(*environ_block, "OSCAP_PROBE_ROOT");
        if (!root) continue;
        if (root->empty()) return {std::nullopt, ""};
        return {std::optional<std::string>(*root), ""};
    }
    return {std::nullopt, ""};
}

ProbeRootLookup find_probe_root(const std::map<std::string, std::string>& own_environment) {
    const ProcessView proc{
        parent_of,
        [](int pid) { return read_small_file("/proc/" + std::to_string(pid) + "/environ"); },
        looks_like_oscap};
    return find_probe_root(own_environment, static_cast<int>(::getppid()), proc);
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

namespace oscapvirt::cli {
namespace {

std::string trim(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

// One os-release(5) assignment's value: shell-like, double or single quotes removed, the
// backslash escapes the specification allows inside double quotes undone.
std::string os_release_value(const std::string& raw) {
    const std::string value = trim(raw);
    if (value.size() < 2 || (value.front() != '"' && value.front() != '\'') ||
        value.back() != value.front())
        return value;
    std::string out;
    for (std::size_t i = 1; i + 1 < value.size(); ++i) {
        if (value.front() == '"' && value[i] == '\\' && i + 2 < value.size()) ++i;
        out += value[i];
    }
    return out;
}

std::string os_release_field(const std::string& content, const std::string& key) {
    std::istringstream lines(content);
    std::string line;
    while (std::getline(lines, line)) {
        line = trim(line);
        if (line.compare(0, key.size() + 1, key + "=") == 0)
            return os_release_value(line.substr(key.size() + 1));
    }
    return "";
}

// The first line of a small identity file that is neither empty nor a comment.
std::string first_line(const sources::RootFs& fs, const std::string& path) {
    auto read = fs.read_file_if_exists(path, 4096);
    auto* content = std::get_if<std::optional<std::string>>(&read);
    if (!content || !*content) return "";
    std::istringstream lines(**content);
    std::string line;
    while (std::getline(lines, line)) {
        line = trim(line);
        if (!line.empty() && line[0] != '#') return line;
    }
    return "";
}

bool is_machine_id(const std::string& id) {
    return id.size() == 32 && id.find_first_not_of("0123456789abcdef") == std::string::npos;
}

}  // namespace

SystemIdentity identify_system(const sources::RootFs& fs) {
    SystemIdentity identity;
    // As systemd reads it (src/basic/os-util.c, open_os_release): /usr/lib/os-release only
    // when /etc/os-release does not exist; any other failure is not a fallback.
    for (const char* path : {"/etc/os-release", "/usr/lib/os-release"}) {
        auto read = fs.read_file_if_exists(path, 64 * 1024);
        if (auto* err = std::get_if<sources::FsError>(&read)) {
            identity.error = fs.root() + " holds no readable operating system: " + err->describe();
            return identity;
        }
        const auto& content = std::get<std::optional<std::string>>(read);
        if (!content) continue;
        identity.os_release = path;
        for (const char* key : {"PRETTY_NAME", "NAME", "ID"}) {
            identity.pretty_name = os_release_field(*content, key);
            if (!identity.pretty_name.empty()) break;
        }
        break;
    }
    if (identity.os_release.empty()) {
        identity.missing = true;
        identity.error = fs.root() +
                         " holds no operating system: neither /etc/os-release nor "
                         "/usr/lib/os-release exists there; give the mount point of the scanned "
                         "system's root file system";
        return identity;
    }
    identity.hostname = first_line(fs, "/etc/hostname");
    const std::string id = first_line(fs, "/etc/machine-id");
    if (is_machine_id(id)) identity.machine_id = id;
    return identity;
}

namespace {

// What the platforms read (oval/platforms.xml).
constexpr const char* kPlatformFiles[] = {"/usr/sbin/libvirtd",
                                          "/usr/sbin/virtqemud",
                                          "/etc/libvirt/qemu.conf",
                                          "/proc/cpuinfo",
                                          "/sys/fs/selinux/enforce",
                                          "/selinux/enforce",
                                          "/etc/selinux/config",
                                          "/sys/kernel/security/apparmor/profiles",
                                          "/etc/apparmor.d/libvirt/TEMPLATE.qemu"};
constexpr int kMaxLinkDepth = 40;  // the kernel's MAXSYMLINKS

// Walks `path` component by component inside the root, into the targets of relative links too,
// and stops at the first absolute link. A path that does not exist has none.
std::string absolute_link_on(const sources::RootFs& fs, const std::string& path, int depth) {
    if (depth > kMaxLinkDepth) return path + ": too many levels of symbolic links";
    std::string prefix;  // the resolved part, free of links; "" is the root
    std::istringstream components(path);
    std::string component;
    while (std::getline(components, component, '/')) {
        if (component.empty() || component == ".") continue;
        if (component == "..") {
            prefix =
                prefix.substr(0, prefix.rfind('/') == std::string::npos ? 0 : prefix.rfind('/'));
            continue;
        }
        const std::string candidate = prefix + "/" + component;
        auto link = fs.read_link(candidate);
        if (auto* err = std::get_if<sources::FsError>(&link))
            return err->path_missing() ? "" : err->describe();
        const auto& target = std::get<std::optional<std::string>>(link);
        if (!target) {
            prefix = candidate;
            continue;
        }
        if (!target->empty() && target->front() == '/')
            return candidate + " is a symbolic link to the absolute path " + *target;
        if (std::string found = absolute_link_on(fs, prefix + "/" + *target, depth + 1);
            !found.empty())
            return found;
        auto resolved = fs.resolve(candidate);
        if (auto* err = std::get_if<sources::FsError>(&resolved))
            return err->path_missing() ? "" : err->describe();
        prefix = std::get<std::string>(resolved);
        if (prefix == "/") prefix.clear();
    }
    return "";
}

}  // namespace

std::string platform_link_problem(const sources::RootFs& fs) {
    if (fs.is_host_root()) return "";  // a live scan: the links lead where oscap looks
    for (const char* path : kPlatformFiles)
        if (std::string problem = absolute_link_on(fs, path, 0); !problem.empty()) return problem;
    return "";
}

std::string non_root_scan_problem(bool offline) {
    return offline ? "an offline scan (--root) must run as root: the scanned system's files are "
                     "readable by root only (sudo oscap-virt scan ...)"
                   : "a live scan must run as root: libvirt's system connection, SELinux labels "
                     "and the daemons' configuration are readable by root only "
                     "(sudo oscap-virt scan ...)";
}

}  // namespace oscapvirt::cli
