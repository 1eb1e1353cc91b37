#include "facts/device_facts.h"

#include <set>

#include "facts/xml_files.h"

namespace oscapvirt::facts {
namespace {

constexpr const char* kQemuConf = "/etc/libvirt/qemu.conf";
constexpr const char* kStoragePoolDir = "/etc/libvirt/storage";

template <typename Fn>
void for_each_def(const GuestInventory& inventory, Fn&& fn) {
    for (const Guest& guest : inventory.guests) {
        if (guest.persistent) fn(*guest.persistent);
        if (guest.live) fn(*guest.live);
    }
}

PciReading read_pci(const sources::RootFs& fs, const std::string& address) {
    auto device = sources::read_pci_device(fs, address);
    if (auto* err = std::get_if<sources::FsError>(&device)) return {std::nullopt, err->describe()};
    return {std::get<sources::PciDevice>(device), ""};
}

void collect_pci(const sources::RootFs& fs, Snapshot& snapshot) {
    std::set<std::string> addresses;
    for_each_def(snapshot.inventory, [&](const model::DomainDef& def) {
        for (const model::HostDev& dev : def.hostdevs)
            if (dev.type == "pci" && !dev.address.empty()) addresses.insert(dev.address);
    });
    for (const std::string& address : addresses)
        snapshot.pci_devices[address] = read_pci(fs, address);
    auto groups = sources::count_iommu_groups(fs);
    if (auto* err = std::get_if<sources::FsError>(&groups))
        snapshot.iommu.error = err->describe();
    else
        snapshot.iommu.groups = std::get<int>(groups);
}

BlockReading read_block(const sources::RootFs& fs, const std::string& path) {
    BlockReading reading;
    auto resolved = fs.resolve(path);
    if (auto* err = std::get_if<sources::FsError>(&resolved)) {
        reading.error = err->describe();
        return reading;
    }
    reading.resolved = std::get<std::string>(resolved);
    if (reading.resolved.compare(0, 5, "/dev/") != 0 ||
        reading.resolved.find('/', 5) != std::string::npos) {
        reading.error = path + ": resolves to " + reading.resolved + ", not a /dev node";
        return reading;
    }
    auto device = sources::read_block_device(fs, reading.resolved.substr(5));
    if (auto* err = std::get_if<sources::FsError>(&device))
        reading.error = err->describe();
    else
        reading.device = std::get<sources::BlockDevice>(device);
    return reading;
}

void collect_block(const sources::RootFs& fs, Snapshot& snapshot) {
    for_each_def(snapshot.inventory, [&](const model::DomainDef& def) {
        for (const model::Disk& disk : def.disks)
            if (disk.type == "block" && !disk.source.empty() &&
                !snapshot.block_devices.count(disk.source))
                snapshot.block_devices[disk.source] = read_block(fs, disk.source);
    });
}

void collect_qemu_conf(const sources::RootFs& fs, Snapshot& snapshot) {
    auto content = fs.read_file_if_exists(kQemuConf);
    if (auto* err = std::get_if<sources::FsError>(&content)) {
        snapshot.qemu_conf_error = err->describe();
        return;
    }
    const auto& text = std::get<std::optional<std::string>>(content);
    if (!text) {
        snapshot.qemu_conf = model::ConfFile();  // libvirt runs on its built-in defaults
        return;
    }
    auto parsed = model::parse_libvirt_conf(*text);
    if (auto* err = std::get_if<model::ParseError>(&parsed))
        snapshot.qemu_conf_error = std::string(kQemuConf) + ": " + err->describe();
    else
        snapshot.qemu_conf = std::move(std::get<model::ConfFile>(parsed));
}

void collect_storage_pools(const sources::RootFs& fs, Snapshot& snapshot) {
    for_each_xml_file(
        fs, kStoragePoolDir, snapshot.storage_pool_problems,
        [&](const std::string& path, const std::string& xml) {
            auto parsed = model::parse_storage_pool_xml(xml);
            if (auto* err = std::get_if<model::ParseError>(&parsed))
                snapshot.storage_pool_problems.push_back(
                    {path, "malformed pool XML: " + err->describe()});
            else
                snapshot.storage_pools.push_back(std::move(std::get<model::StoragePool>(parsed)));
        });
}

}  // namespace

void collect_device_facts(const sources::RootFs& fs, Needs needs, Snapshot& snapshot) {
    if (needs & kNeedPciDevices) collect_pci(fs, snapshot);
    if (needs & kNeedBlockDevices) collect_block(fs, snapshot);
    if (needs & kNeedQemuConf) collect_qemu_conf(fs, snapshot);
    if (needs & kNeedStoragePools) collect_storage_pools(fs, snapshot);
    // Without the API the inventory already is the state files, passwords included.
    // A remote host's state files are not here: the passwords stay unknown (an error).
    if ((needs & kNeedGraphicsSecrets) && snapshot.inventory.origin == "libvirt" &&
        !snapshot.inventory.remote)
        snapshot.state_files = read_guests_from_state_files(fs);
}

}  // namespace oscapvirt::facts
