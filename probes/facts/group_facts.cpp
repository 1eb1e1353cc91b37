#include "facts/group_facts.h"

#include "facts/snapshot.h"
#include "model/libvirt_conf.h"

namespace oscapvirt::facts {
namespace {

// libvirtd.conf and the modular daemons' virtqemud.conf, virtproxyd.conf, ...
bool is_daemon_conf(const std::string& name) {
    if (name == "libvirtd.conf") return true;
    if (name.size() < 10 || name.rfind("virt", 0) != 0 || name.substr(name.size() - 6) != "d.conf")
        return false;
    for (size_t i = 4; i < name.size() - 6; ++i)
        if (name[i] < 'a' || name[i] > 'z') return false;
    return true;
}

}  // namespace

LibvirtGroups collect_libvirt_groups(const sources::RootFs& fs) {
    LibvirtGroups facts;
    auto group = fs.read_file("/etc/group", 16 * 1024 * 1024);
    if (auto* err = std::get_if<sources::FsError>(&group))
        facts.groups = read_error(*err);
    else
        facts.groups = model::parse_group_file(std::get<std::string>(group));
    auto listing = fs.list_dir("/etc/libvirt");
    if (auto* err = std::get_if<sources::FsError>(&listing)) {
        facts.conf_errors.push_back(read_error(*err));
        return facts;
    }
    const auto& entries = std::get<std::optional<std::vector<sources::DirEntry>>>(listing);
    for (const sources::DirEntry& entry : entries ? *entries : std::vector<sources::DirEntry>{}) {
        if (!is_daemon_conf(entry.name)) continue;
        const std::string path = "/etc/libvirt/" + entry.name;
        auto content = fs.read_file(path, 4 * 1024 * 1024);
        if (auto* err = std::get_if<sources::FsError>(&content)) {
            facts.conf_errors.push_back(read_error(*err));
            continue;
        }
        auto parsed = model::parse_libvirt_conf(std::get<std::string>(content));
        if (auto* err = std::get_if<model::ParseError>(&parsed)) {
            facts.conf_errors.push_back({path, err->describe()});
            continue;
        }
        const auto setting = std::get<model::ConfFile>(parsed).string("unix_sock_group");
        if (setting.invalid())
            facts.conf_errors.push_back(
                {path, model::describe_problem("unix_sock_group", setting)});
        else if (setting.present())
            facts.sock_groups[path] = setting.value;
    }
    return facts;
}

QemuGroupFacts collect_qemu_group(const sources::RootFs& fs) {
    QemuGroupFacts facts;
    auto group = fs.read_file_if_exists("/etc/group", 16 * 1024 * 1024);
    if (auto* err = std::get_if<sources::FsError>(&group))
        facts.groups = read_error(*err);
    else if (const auto& text = std::get<std::optional<std::string>>(group))
        facts.groups = model::parse_group_file(*text);
    else
        facts.groups = std::vector<model::GroupEntry>{};
    auto status = fs.status("/var/lib/libvirt/qemu");
    if (auto* err = std::get_if<sources::FsError>(&status))
        facts.state_dir = read_error(*err);
    else
        facts.state_dir = std::get<std::optional<sources::FileStatus>>(status);
    return facts;
}

}  // namespace oscapvirt::facts
