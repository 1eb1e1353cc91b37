#include "facts/libvirt_conf_facts.h"

namespace oscapvirt::facts {
namespace {

constexpr const char* kLibvirtConfDir = "/etc/libvirt";
constexpr const char* kConfSuffix = ".conf";

// nullopt: the name leads nowhere (a dangling link), which libvirt takes as no file: access()
// fails with ENOENT and the daemon runs on its defaults.
std::optional<ConfReading> read_conf(const sources::RootFs& fs, const std::string& path) {
    // Symbolic links are followed inside the root, as the daemon follows them on the host; a
    // FIFO, directory or device in place of the file is an error, never an empty file.
    auto content = fs.read_file_if_exists(path);
    if (auto* err = std::get_if<sources::FsError>(&content)) return ConfReading(read_error(*err));
    const auto& text = std::get<std::optional<std::string>>(content);
    if (!text) return std::nullopt;
    auto parsed = model::parse_libvirt_conf(*text);
    if (auto* err = std::get_if<model::ParseError>(&parsed))
        return ConfReading(ReadError{path, "libvirt cannot parse it: " + err->describe()});
    return ConfReading(std::move(std::get<model::ConfFile>(parsed)));
}

bool is_lower_alpha(const std::string& text) {
    for (char c : text)
        if (c < 'a' || c > 'z') return false;
    return !text.empty();
}

}  // namespace

bool is_modular_daemon_conf_name(const std::string& name) {
    const std::size_t suffix = std::char_traits<char>::length(kConfSuffix);
    if (name.size() <= 4 + 1 + suffix || name.compare(0, 4, "virt") != 0) return false;
    if (name.compare(name.size() - suffix, suffix, kConfSuffix) != 0) return false;
    const std::string middle = name.substr(4, name.size() - 4 - suffix);
    return middle.back() == 'd' && is_lower_alpha(middle);
}

bool is_daemon_conf_name(const std::string& name) {
    return name == "qemu.conf" || name == "libvirtd.conf" || is_modular_daemon_conf_name(name);
}

static void collect_qemu_user(const sources::RootFs& fs, Snapshot& snapshot) {
    QemuUserFacts& facts = snapshot.qemu_user;
    if (snapshot.inventory.remote) {
        facts.passwd = on_remote_host(snapshot.inventory, "/etc/passwd");
        facts.state_dir = on_remote_host(snapshot.inventory, "/var/lib/libvirt/qemu");
        return;
    }
    auto passwd = fs.read_file_if_exists("/etc/passwd");
    if (auto* err = std::get_if<sources::FsError>(&passwd))
        facts.passwd = read_error(*err);
    else if (const auto& text = std::get<std::optional<std::string>>(passwd))
        facts.passwd = model::parse_passwd(*text);
    else
        facts.passwd = std::vector<model::Account>{};
    facts.state_dir = reading_of(fs.status("/var/lib/libvirt/qemu"));
}

void collect_libvirt_confs(const sources::RootFs& fs, Needs needs, Snapshot& snapshot) {
    if (needs & kNeedQemuUser) collect_qemu_user(fs, snapshot);
    if (!(needs & (kNeedLibvirtConfs | kNeedQemuUser))) return;
    if (snapshot.inventory.remote) {
        snapshot.libvirt_confs_error = on_remote_host(snapshot.inventory, kLibvirtConfDir);
        return;
    }
    auto listed = fs.list_dir(kLibvirtConfDir);
    if (auto* err = std::get_if<sources::FsError>(&listed)) {
        snapshot.libvirt_confs_error = read_error(*err);
        return;
    }
    const auto& entries = std::get<std::optional<std::vector<sources::DirEntry>>>(listed);
    if (!entries) return;  // no /etc/libvirt: every daemon runs on its defaults
    for (const sources::DirEntry& entry : *entries)
        if (is_daemon_conf_name(entry.name))
            if (auto reading = read_conf(fs, std::string(kLibvirtConfDir) + "/" + entry.name))
                snapshot.libvirt_confs[entry.name] = std::move(*reading);
}

}  // namespace oscapvirt::facts
