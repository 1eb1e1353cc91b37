#include "facts/os_facts.h"

#include <fnmatch.h>

#include <algorithm>
#include <cctype>

#include "facts/snapshot.h"

namespace oscapvirt::facts {

SelinuxConfigReading read_selinux_config(const sources::RootFs& fs) {
    auto content = fs.read_file_if_exists(kSelinuxConfigPath);
    if (auto* err = std::get_if<sources::FsError>(&content)) return read_error(*err);
    const auto& text = std::get<std::optional<std::string>>(content);
    if (!text) return std::optional<model::SelinuxConfig>();
    return std::optional<model::SelinuxConfig>(model::parse_selinux_config(*text));
}

namespace {

bool has_glob_magic(const std::string& text) {
    // A backslash quotes the next character: fnmatch() resolves it.
    return text.find_first_of("*?[\\") != std::string::npos;
}

std::vector<std::string> path_components(const std::string& path) {
    std::vector<std::string> parts;
    std::size_t pos = 0;
    while (pos <= path.size()) {
        const std::size_t slash = std::min(path.find('/', pos), path.size());
        if (slash > pos) parts.push_back(path.substr(pos, slash - pos));
        pos = slash + 1;
    }
    return parts;
}

std::string joined(const std::string& dir, const std::string& name) {
    return dir == "/" ? "/" + name : dir + "/" + name;
}

// A file sshd includes; fopen() on a directory succeeds and reads nothing, so sshd takes a
// matched directory as an empty file.
sources::FsResult<std::string> read_included(const sources::RootFs& fs, const std::string& path) {
    auto content = fs.read_file(path);
    if (std::holds_alternative<std::string>(content)) return content;
    auto listing = fs.list_dir(path);
    if (auto* dir = std::get_if<std::optional<std::vector<sources::DirEntry>>>(&listing);
        dir && *dir)
        return std::string();
    return content;
}

}  // namespace

sources::FsResult<std::vector<std::string>> glob_in_root(const sources::RootFs& fs,
                                                         const std::string& pattern) {
    std::vector<std::string> current{"/"};
    const auto parts = path_components(pattern);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const bool last = i + 1 == parts.size();
        std::vector<std::string> next;
        for (const std::string& dir : current) {
            if (!has_glob_magic(parts[i])) {
                const std::string path = joined(dir, parts[i]);
                if (fs.exists(path)) next.push_back(path);
                continue;
            }
            auto listing = fs.list_dir(dir);
            if (auto* err = std::get_if<sources::FsError>(&listing)) {
                if (err->error_number == ENOTDIR) continue;
                return *err;
            }
            const auto& entries = std::get<std::optional<std::vector<sources::DirEntry>>>(listing);
            if (!entries) continue;
            for (const auto& entry : *entries) {
                if (::fnmatch(parts[i].c_str(), entry.name.c_str(), FNM_PERIOD) != 0) continue;
                const std::string path = joined(dir, entry.name);
                if (last || fs.exists(path + "/.")) next.push_back(path);
            }
        }
        current = std::move(next);
    }
    if (parts.empty()) current.clear();
    std::sort(current.begin(), current.end());
    return current;
}

SshdConfigReading read_sshd_config(const sources::RootFs& fs) {
    SshdConfigReading reading;
    std::optional<std::string> main_text;
    for (const char* path : {kSshdConfigPath, kSshdVendorConfigPath}) {
        auto content = fs.read_file_if_exists(path);
        if (auto* err = std::get_if<sources::FsError>(&content)) {
            reading.path = path;
            reading.config = read_error(*err);
            return reading;
        }
        main_text = std::get<std::optional<std::string>>(content);
        if (main_text) {
            reading.path = path;
            break;
        }
    }
    if (!main_text) {
        reading.config = std::optional<model::SshdConfig>();
        return reading;
    }
    auto resolve = [&fs](const std::string& pattern) -> model::SshdIncludeResult {
        // glob(3) without GLOB_TILDE takes "~/x" as a relative path, which names nothing here.
        if (pattern.empty() || pattern[0] != '/') return std::vector<model::SshdSource>{};
        auto paths = glob_in_root(fs, pattern);
        if (auto* err = std::get_if<sources::FsError>(&paths)) return err->describe();
        std::vector<model::SshdSource> sources;
        for (const std::string& path : std::get<std::vector<std::string>>(paths)) {
            auto content = read_included(fs, path);
            if (auto* err = std::get_if<sources::FsError>(&content)) return err->describe();
            sources.push_back({path, std::move(std::get<std::string>(content))});
        }
        return sources;
    };
    auto parsed = model::parse_sshd_config({reading.path, *main_text}, resolve);
    if (auto* err = std::get_if<model::ParseError>(&parsed))
        reading.config = ReadError{"", err->describe()};
    else
        reading.config =
            std::optional<model::SshdConfig>(std::get<model::SshdConfig>(std::move(parsed)));
    return reading;
}

sources::FsResult<std::vector<std::string>> sysctl_files(const sources::RootFs& fs) {
    std::vector<model::SysctlDirListing> dirs;
    for (const std::string& dir : model::kSysctlDirs) {
        auto listing = fs.list_dir(dir);
        if (auto* err = std::get_if<sources::FsError>(&listing)) {
            if (err->error_number == ENOTDIR) continue;
            return *err;
        }
        model::SysctlDirListing names{dir, {}};
        if (const auto& entries = std::get<std::optional<std::vector<sources::DirEntry>>>(listing))
            for (const auto& entry : *entries) names.names.push_back(entry.name);
        dirs.push_back(std::move(names));
    }
    return model::select_sysctl_files(dirs);
}

namespace {

// A sysctl file's text; a link to /dev/null (a mask) reads as nothing even in an image whose
// /dev is empty.
sources::FsResult<std::string> read_sysctl_file(const sources::RootFs& fs,
                                                const std::string& path) {
    auto link = fs.read_link(path);
    if (auto* target = std::get_if<std::optional<std::string>>(&link);
        target && *target == "/dev/null")
        return std::string();
    return fs.read_file(path);
}

// The value of a simple shell assignment NAME=value (quotes removed) in a file ufw sources;
// the last one wins, as in the shell.
std::optional<std::string> shell_assignment(const std::string& text, const std::string& name) {
    std::optional<std::string> value;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t newline = std::min(text.find('\n', pos), text.size());
        std::string line = text.substr(pos, newline - pos);
        pos = newline + 1;
        const std::size_t start = line.find_first_not_of(" \t");
        if (start == std::string::npos || line.compare(start, name.size() + 1, name + "=") != 0)
            continue;
        std::string raw = line.substr(start + name.size() + 1);
        raw = raw.substr(0, raw.find_first_of(" \t#"));
        if (raw.size() >= 2 && (raw.front() == '"' || raw.front() == '\'') &&
            raw.back() == raw.front())
            raw = raw.substr(1, raw.size() - 2);
        value = raw;
    }
    return value;
}

// ufw, when enabled (ENABLED=yes in /etc/ufw/ufw.conf), applies IPT_SYSCTL (from
// /etc/default/ufw, /etc/ufw/sysctl.conf by default) with `sysctl -p` each time it starts,
// after the boot-time sysctl (ufw's src/ufw-init-functions, ufw_start). Empty when not enabled.
sources::FsResult<std::string> ufw_sysctl_file(const sources::RootFs& fs) {
    auto conf = fs.read_file_if_exists("/etc/ufw/ufw.conf");
    if (auto* err = std::get_if<sources::FsError>(&conf)) return *err;
    const auto& text = std::get<std::optional<std::string>>(conf);
    if (!text || shell_assignment(*text, "ENABLED").value_or("") != "yes") return std::string();
    auto defaults = fs.read_file_if_exists("/etc/default/ufw");
    if (auto* err = std::get_if<sources::FsError>(&defaults)) return *err;
    std::string path = "/etc/ufw/sysctl.conf";
    if (const auto& d = std::get<std::optional<std::string>>(defaults))
        if (auto named = shell_assignment(*d, "IPT_SYSCTL")) path = *named;
    return path.empty() || !fs.exists(path) ? std::string() : path;
}

}  // namespace

namespace {

Reading<SysctlFiles> read_sysctl_files(const sources::RootFs& fs, bool with_sysctl_conf) {
    SysctlFiles reading;
    auto files = sysctl_files(fs);
    if (auto* err = std::get_if<sources::FsError>(&files)) return read_error(*err);
    reading.files = std::get<std::vector<std::string>>(files);
    // procps `sysctl --system` reads /etc/sysctl.conf after the directories.
    auto conf_link = fs.read_link(kSysctlConfPath);
    const auto* conf_target = std::get_if<std::optional<std::string>>(&conf_link);
    if (with_sysctl_conf && (fs.exists(kSysctlConfPath) || (conf_target && *conf_target)))
        reading.files.push_back(kSysctlConfPath);
    if (with_sysctl_conf) {
        auto ufw = ufw_sysctl_file(fs);
        if (auto* err = std::get_if<sources::FsError>(&ufw)) return read_error(*err);
        if (!std::get<std::string>(ufw).empty())
            reading.files.push_back(std::get<std::string>(ufw));
    }
    for (const std::string& path : reading.files) {
        auto text = read_sysctl_file(fs, path);
        if (auto* err = std::get_if<sources::FsError>(&text)) return read_error(*err);
        reading.options.add_file(std::get<std::string>(text), path);
    }
    return reading;
}

}  // namespace

SysctlReading read_sysctl(const sources::RootFs& fs, bool with_sysctl_conf) {
    SysctlReading reading;
    reading.configured = read_sysctl_files(fs, with_sysctl_conf);
    reading.running = fs.exists("/proc/cmdline");
    if (reading.running) {
        auto value = fs.read_file_if_exists(kIpForwardProcPath, 64);
        if (auto* err = std::get_if<sources::FsError>(&value))
            reading.runtime_ip_forward = read_error(*err);
        else if (const auto& text = std::get<std::optional<std::string>>(value))
            reading.runtime_ip_forward = *text;
        else
            reading.runtime_ip_forward = ReadError{kIpForwardProcPath, "missing"};
    }
    return reading;
}

void collect_os_facts(const sources::RootFs& fs, Needs needs, OsFacts& os) {
    if (needs & kNeedSelinuxConfig) os.selinux_config = read_selinux_config(fs);
    if (needs & kNeedSshdConfig) os.sshd_config = read_sshd_config(fs);
    if (needs & kNeedSysctl) os.sysctl = read_sysctl(fs);
    if (needs & kNeedUnits)
        for (const std::string& unit : kCheckedUnits) os.units[unit] = read_unit_state(fs, unit);
    if (needs & kNeedBootUnits) os.boot_units = read_boot_units(fs);
    if (needs & kNeedInetdServices) os.inetd_services = read_inetd_services(fs);
    if (needs & kNeedAuditdProcess) os.auditd_process = read_auditd_process(fs);
}

}  // namespace oscapvirt::facts
