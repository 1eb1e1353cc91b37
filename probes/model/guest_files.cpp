#include "model/guest_files.h"

namespace oscapvirt::model {
namespace {

bool is_read_only(const Disk& disk) { return disk.read_only || disk.device == "cdrom"; }

FileUse disk_use(const Disk& disk) {
    if (disk.shareable && !is_read_only(disk)) return FileUse::SharedImage;
    if (is_read_only(disk)) return FileUse::ReadOnlyContent;
    return FileUse::PrivateImage;
}

std::optional<SecLabel> disk_selinux_label(const Disk& disk) {
    for (const SecLabel& label : disk.seclabels)
        if (is_selinux_seclabel(label)) return label;
    return std::nullopt;
}

// A volume disk's source is "pool/volume" (see domain.cpp).
GuestFile volume_file(const Disk& disk, const PoolTargets& pools, GuestFile file) {
    const size_t slash = disk.source.find('/');
    const std::string pool = disk.source.substr(0, slash);
    const std::string volume = slash == std::string::npos ? "" : disk.source.substr(slash + 1);
    const auto target = pools.find(pool);
    if (target == pools.end() || volume.empty() || volume.find('/') != std::string::npos) {
        file.unresolved = "volume " + disk.source + ": pool " + pool +
                          " is unknown or does not hold its volumes as files";
        return file;
    }
    file.path = target->second + "/" + volume;
    return file;
}

}  // namespace

std::string without_trailing_slashes(std::string path) {
    while (path.size() > 1 && path.back() == '/') path.pop_back();
    return path;
}

std::string_view use_name(FileUse use) {
    switch (use) {
        case FileUse::PrivateImage:
            return "private";
        case FileUse::SharedImage:
            return "shared";
        case FileUse::ReadOnlyContent:
            return "readonly";
        case FileUse::Firmware:
            return "firmware";
    }
    return "private";
}

bool is_file_pool(const StoragePool& pool) {
    return pool.type == "dir" || pool.type == "fs" || pool.type == "netfs";
}

PoolTargets pool_targets(const std::vector<StoragePool>& pools) {
    PoolTargets targets;
    for (const StoragePool& pool : pools)
        if ((is_file_pool(pool) || pool.type == "logical") && !pool.target_path.empty())
            targets[pool.name] = without_trailing_slashes(pool.target_path);
    return targets;
}

bool is_selinux_seclabel(const SecLabel& label) {
    return label.model.empty() || label.model == "selinux";
}

const SecLabel* selinux_seclabel(const DomainDef& def) {
    for (const SecLabel& label : def.seclabels)
        if (is_selinux_seclabel(label)) return &label;
    return nullptr;
}

std::vector<GuestFile> guest_files(const DomainDef& def, const PoolTargets& pools) {
    std::vector<GuestFile> files;
    for (const Disk& disk : def.disks) {
        if (disk.source.empty()) continue;
        GuestFile file{"", disk.device + " " + disk.target, disk_use(disk),
                       disk_selinux_label(disk), ""};
        if (disk.type == "file" || disk.type == "block" || disk.type == "dir") {
            file.path = disk.source;
            files.push_back(std::move(file));
        } else if (disk.type == "volume") {
            files.push_back(volume_file(disk, pools, std::move(file)));
        }
    }
    auto add = [&](const std::string& path, const char* role, FileUse use) {
        if (!path.empty()) files.push_back({path, role, use, std::nullopt, ""});
    };
    add(def.kernel, "kernel", FileUse::ReadOnlyContent);
    add(def.initrd, "initrd", FileUse::ReadOnlyContent);
    add(def.loader, "loader", FileUse::Firmware);
    add(def.nvram, "nvram", FileUse::PrivateImage);
    return files;
}

}  // namespace oscapvirt::model
