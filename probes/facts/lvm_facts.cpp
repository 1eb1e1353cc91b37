#include "facts/lvm_facts.h"

namespace oscapvirt::facts {

namespace {
constexpr std::size_t kMaxMetadata = 16 * 1024 * 1024;
}

Reading<LvmBackups> read_lvm_backups(const sources::RootFs& fs) {
    auto listing = fs.list_dir(kLvmBackupDir);
    if (auto* err = std::get_if<sources::FsError>(&listing))
        return ReadError{err->path, err->reason};
    LvmBackups backups;
    const auto& entries = std::get<std::optional<std::vector<sources::DirEntry>>>(listing);
    if (!entries) return backups;
    for (const sources::DirEntry& entry : *entries) {
        if (entry.name.empty() || entry.name[0] == '.') continue;
        const std::string path = std::string(kLvmBackupDir) + "/" + entry.name;
        auto content = fs.read_file(path, kMaxMetadata);
        if (auto* err = std::get_if<sources::FsError>(&content)) {
            backups.emplace(entry.name, ReadError{err->path, err->reason});
            continue;
        }
        auto parsed = model::parse_lvm_metadata(std::get<std::string>(content));
        if (auto* err = std::get_if<model::ParseError>(&parsed))
            backups.emplace(entry.name, ReadError{path, err->describe()});
        else
            backups.emplace(entry.name, std::move(std::get<model::LvmMetadata>(parsed)));
    }
    return backups;
}

}  // namespace oscapvirt::facts

namespace oscapvirt::facts {

namespace {

constexpr std::size_t kMaxLvmConf = 4 * 1024 * 1024;
constexpr const char* kBothFiles = "/etc/lvm/lvm.conf + /etc/lvm/lvmlocal.conf";

// One configuration file: absent is an empty tree, as for lvm.
Reading<model::LvmConfigNode> read_config_file(const sources::RootFs& fs, const char* path,
                                               std::string* text) {
    auto content = fs.read_file_if_exists(path, kMaxLvmConf);
    if (auto* err = std::get_if<sources::FsError>(&content))
        return ReadError{err->path, err->reason};
    const auto& found = std::get<std::optional<std::string>>(content);
    if (!found) return model::LvmConfigNode{};
    if (text) *text = *found;
    auto parsed = model::parse_lvm_config(*found);
    if (auto* err = std::get_if<model::ParseError>(&parsed))
        return ReadError{path, "lvm refuses it: " + err->describe()};
    auto& tree = std::get<model::LvmConfigNode>(parsed);
    if (model::uses_host_tags(tree))
        return ReadError{path, "host tags (tags) choose settings at run time; not judged"};
    return std::move(tree);
}

}  // namespace

Reading<LvmDeviceScanning> read_lvm_device_scanning(const sources::RootFs& fs) {
    std::string lvm_conf_text;
    auto lvm_conf = read_config_file(fs, kLvmConfPath, &lvm_conf_text);
    if (!lvm_conf) return lvm_conf.error();
    auto lvmlocal = read_config_file(fs, kLvmLocalConfPath, nullptr);
    if (!lvmlocal) return lvmlocal.error();
    model::LvmConfigNode merged;
    model::merge_lvm_config(merged, std::move(lvm_conf.value()));
    model::merge_lvm_config(merged, std::move(lvmlocal.value()));

    LvmDeviceScanning scanning;
    // Both filters are built by every command that scans: an invalid one fails it.
    for (const char* setting : {"devices/filter", "devices/global_filter"}) {
        const model::LvmConfigNode* node = merged.find(setting);
        if (!node) continue;
        auto filter = model::parse_lvm_filter(*node);
        if (auto* err = std::get_if<model::ParseError>(&filter))
            return ReadError{kBothFiles, std::string(setting) + ": " + err->describe()};
        if (std::string_view(setting) == "devices/global_filter")
            scanning.global_filter =
                std::move(std::get<std::vector<model::LvmFilterPattern>>(filter));
    }

    auto use = model::lvm_config_bool(merged, "devices/use_devicesfile");
    if (auto* err = std::get_if<model::ParseError>(&use))
        return ReadError{kBothFiles, err->describe()};
    if (const auto& set = std::get<std::optional<bool>>(use)) {
        scanning.use_devicesfile = *set;
        scanning.use_devicesfile_origin = "set";
    } else if (model::records_use_devicesfile_default_on(lvm_conf_text)) {
        scanning.use_devicesfile = true;
        scanning.use_devicesfile_origin = "built-in default (lvm.conf records use_devicesfile = 1)";
    } else {
        scanning.use_devicesfile_origin = "built-in default (lvm.conf records no default of 1)";
    }
    if (!scanning.use_devicesfile) return scanning;

    const std::string name =
        model::lvm_config_string(merged, "devices/devicesfile").value_or("system.devices");
    if (!model::valid_lvm_name(name))
        return ReadError{kBothFiles, "invalid devices file name " + name + " (lvm refuses it)"};
    scanning.devices_file = std::string(kLvmDevicesDir) + "/" + name;
    auto status = fs.status(scanning.devices_file);
    if (auto* err = std::get_if<sources::FsError>(&status))
        return ReadError{err->path, err->reason};
    if (const auto& st = std::get<std::optional<sources::FileStatus>>(status)) {
        if (!st->regular()) return ReadError{scanning.devices_file, "not a regular file"};
        scanning.devices_file_exists = true;
    }
    return scanning;
}

}  // namespace oscapvirt::facts
