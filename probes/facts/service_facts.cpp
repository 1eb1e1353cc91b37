#include "facts/service_facts.h"

#include <cctype>
#include <cerrno>
#include <cstring>

namespace oscapvirt::facts {
namespace {

ReadError read_error(const sources::FsError& error) { return {error.path, error.reason}; }

// xinetd reads includes in place; a chain deeper than this is a loop.
constexpr int kMaxIncludeDepth = 16;

struct XinetdReader {
    const sources::RootFs& fs;
    InetdServices& out;
    std::vector<std::string> disabled, enabled;
    bool has_enabled_list = false;

    std::optional<ReadError> read_file(const std::string& path, int depth) {
        if (depth > kMaxIncludeDepth) return ReadError{path, "include nesting too deep (a loop?)"};
        auto content = fs.read_file(path, 4 * 1024 * 1024);
        if (auto* err = std::get_if<sources::FsError>(&content)) return read_error(*err);
        auto parsed = model::parse_xinetd_conf(std::get<std::string>(content));
        if (auto* err = std::get_if<model::ParseError>(&parsed))
            return ReadError{path, "xinetd would not read it: " + err->describe()};
        const auto& file = std::get<model::XinetdFile>(parsed);
        out.xinetd_files.push_back(path);
        for (const model::XinetdService& service : file.services)
            out.xinetd.push_back({service, path, false});
        disabled.insert(disabled.end(), file.defaults_disabled.begin(),
                        file.defaults_disabled.end());
        enabled.insert(enabled.end(), file.defaults_enabled.begin(), file.defaults_enabled.end());
        has_enabled_list = has_enabled_list || file.has_enabled_list;
        for (const model::XinetdInclude& include : file.includes) {
            auto error = include.directory ? read_dir(include.path, depth + 1)
                                           : read_file(include.path, depth + 1);
            if (error) return error;
        }
        return std::nullopt;
    }

    // parse.c handle_includedir: the directory's files in name order, some names skipped.
    std::optional<ReadError> read_dir(const std::string& dir, int depth) {
        auto listing = fs.list_dir(dir);
        if (auto* err = std::get_if<sources::FsError>(&listing)) return read_error(*err);
        const auto& entries = std::get<std::optional<std::vector<sources::DirEntry>>>(listing);
        if (!entries) return ReadError{dir, "included directory does not exist"};
        for (const sources::DirEntry& entry : *entries) {
            if (!model::xinetd_includedir_reads(entry.name)) continue;
            if (auto error = read_file(dir + "/" + entry.name, depth)) return error;
        }
        return std::nullopt;
    }
};

}  // namespace

Reading<InetdServices> read_xinetd_config(const sources::RootFs& fs, const std::string& conf_path) {
    InetdServices services;
    XinetdReader xinetd{fs, services, {}, {}, false};
    auto conf = fs.status(conf_path);
    if (auto* err = std::get_if<sources::FsError>(&conf)) return read_error(*err);
    std::optional<ReadError> error;
    if (std::get<std::optional<sources::FileStatus>>(conf))
        error = xinetd.read_file(conf_path, 0);
    else if (auto dir = fs.status(kXinetdDir);
             !std::holds_alternative<std::optional<sources::FileStatus>>(dir) ||
             std::get<std::optional<sources::FileStatus>>(dir))
        error = xinetd.read_dir(kXinetdDir, 0);
    if (error) return *error;
    for (XinetdServiceReading& reading : services.xinetd)
        reading.started = model::xinetd_service_started(reading.service, xinetd.disabled,
                                                        xinetd.enabled, xinetd.has_enabled_list);
    return services;
}

Reading<InetdServices> read_inetd_services(const sources::RootFs& fs) {
    auto read = read_xinetd_config(fs, kXinetdConfPath);
    if (!read) return read;
    InetdServices services = std::move(read.value());
    auto inetd = fs.read_file_if_exists(kInetdConfPath, 4 * 1024 * 1024);
    if (auto* err = std::get_if<sources::FsError>(&inetd)) return read_error(*err);
    if (const auto& text = std::get<std::optional<std::string>>(inetd)) {
        services.inetd_conf = true;
        services.inetd = model::parse_inetd_conf(*text);
    }
    return services;
}

Reading<AuditdProcess> read_auditd_process(const sources::RootFs& fs) {
    AuditdProcess process;
    process.running_system = fs.exists("/proc/cmdline");
    if (!process.running_system) return process;
    std::optional<std::string> content;
    for (const char* path : kAuditdPidFiles) {
        auto text = fs.read_file_if_exists(path, 64);
        if (auto* err = std::get_if<sources::FsError>(&text)) return read_error(*err);
        content = std::get<std::optional<std::string>>(text);
        if (content) {
            process.pid_file = path;
            break;
        }
    }
    if (!content) return process;
    // auditd writes "%d\n" (auditd.c: write_pid_file).
    std::size_t digits = 0;
    while (digits < content->size() && std::isdigit(static_cast<unsigned char>((*content)[digits])))
        ++digits;
    const std::string rest = content->substr(digits);
    if (digits == 0 || digits > 10 || (!rest.empty() && rest != "\n"))
        return ReadError{process.pid_file, "holds no process id"};
    process.pid = content->substr(0, digits);
    const std::string comm_path = "/proc/" + process.pid + "/comm";
    auto comm = fs.read_file_if_exists(comm_path, 4096);
    if (auto* err = std::get_if<sources::FsError>(&comm)) return read_error(*err);
    if (const auto& text = std::get<std::optional<std::string>>(comm)) {
        process.process_exists = true;
        process.comm = *text;
        if (!process.comm.empty() && process.comm.back() == '\n') process.comm.pop_back();
    }
    return process;
}

}  // namespace oscapvirt::facts
