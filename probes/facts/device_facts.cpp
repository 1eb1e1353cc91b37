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

void collect_pci(const sources::RootFs& fs, Snapshot& snapshot) {
    std::set<std::string> addresses;
    for_each_def(snapshot.inventory, [&](const model::DomainDef& def) {
        for (const model::HostDev& dev : def.hostdevs)
            if (dev.type == "pci" && !dev.address.empty()) addresses.insert(dev.address);
    });
    const GuestInventory& inventory = snapshot.inventory;
    for (const std::string& address : addresses)
        snapshot.pci_devices[address] = inventory.remote
                                            ? on_remote_host(inventory, "PCI device " + address)
                                            : reading_of(sources::read_pci_device(fs, address));
    snapshot.iommu = inventory.remote ? on_remote_host(inventory, "IOMMU groups")
                                      : reading_of(sources::count_iommu_groups(fs));
}

BlockReading read_block(const sources::RootFs& fs, const std::string& path) {
    auto where = fs.resolve(path);
    if (auto* err = std::get_if<sources::FsError>(&where)) return read_error(*err);
    const std::string& resolved = std::get<std::string>(where);
    if (resolved.compare(0, 5, "/dev/") != 0 || resolved.find('/', 5) != std::string::npos)
        return ReadError{path, "resolves to " + resolved + ", not a /dev node"};
    auto device = sources::read_block_device(fs, resolved.substr(5));
    if (auto* err = std::get_if<sources::FsError>(&device)) return read_error(*err);
    return HostBlockDevice{resolved, std::get<sources::BlockDevice>(std::move(device))};
}

void collect_block(const sources::RootFs& fs, Snapshot& snapshot) {
    for_each_def(snapshot.inventory, [&](const model::DomainDef& def) {
        for (const model::Disk& disk : def.disks)
            if (disk.type == "block" && !disk.source.empty() &&
                !snapshot.block_devices.count(disk.source))
                snapshot.block_devices[disk.source] =
                    snapshot.inventory.remote ? on_remote_host(snapshot.inventory, disk.source)
                                              : read_block(fs, disk.source);
    });
}

Reading<model::ConfFile> read_qemu_conf(const sources::RootFs& fs) {
    auto content = fs.read_file_if_exists(kQemuConf);
    if (auto* err = std::get_if<sources::FsError>(&content)) return read_error(*err);
    const auto& text = std::get<std::optional<std::string>>(content);
    if (!text) return model::ConfFile();  // libvirt runs on its built-in defaults
    auto parsed = model::parse_libvirt_conf(*text);
    if (auto* err = std::get_if<model::ParseError>(&parsed))
        return ReadError{kQemuConf, err->describe()};
    return std::move(std::get<model::ConfFile>(parsed));
}

void collect_storage_pools(const sources::RootFs& fs, Snapshot& snapshot) {
    if (snapshot.inventory.remote) {
        snapshot.storage_pool_problems.push_back(
            on_remote_host(snapshot.inventory, kStoragePoolDir));
        return;
    }
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

// libvirt loads networks from these (virNetworkObjLoadAllConfigs, virNetworkObjLoadAllState),
// and refuses a file whose network is named otherwise (virNetworkLoadConfig/LoadState).
constexpr const char* kNetworkDirs[] = {"/etc/libvirt/qemu/networks", "/run/libvirt/network"};

void collect_networks(const sources::RootFs& fs, Snapshot& snapshot) {
    for (const char* dir : kNetworkDirs) {
        if (snapshot.inventory.remote) {
            snapshot.libvirt_network_problems.push_back(on_remote_host(snapshot.inventory, dir));
            continue;
        }
        for_each_xml_file(fs, dir, snapshot.libvirt_network_problems,
                          [&](const std::string& path, const std::string& xml) {
                              auto parsed = model::parse_network_xml(xml);
                              if (auto* err = std::get_if<model::ParseError>(&parsed)) {
                                  snapshot.libvirt_network_problems.push_back(
                                      {path, "libvirt refuses this network: " + err->describe()});
                                  return;
                              }
                              auto& network = std::get<model::NetworkDef>(parsed);
                              const std::string file = path.substr(path.rfind('/') + 1);
                              if (file != network.name + ".xml") {
                                  snapshot.libvirt_network_problems.push_back(
                                      {path, "libvirt refuses this network: it is named '" +
                                                 network.name + "', not after its file"});
                                  return;
                              }
                              snapshot.libvirt_networks.push_back(std::move(network));
                          });
    }
}

}  // namespace

void collect_device_facts(const sources::RootFs& fs, Needs needs, Snapshot& snapshot) {
    if (needs & kNeedPciDevices) collect_pci(fs, snapshot);
    if (needs & kNeedBlockDevices) collect_block(fs, snapshot);
    if (needs & kNeedQemuConf)
        snapshot.qemu_conf = snapshot.inventory.remote
                                 ? on_remote_host(snapshot.inventory, kQemuConf)
                                 : read_qemu_conf(fs);
    if (needs & kNeedStoragePools) collect_storage_pools(fs, snapshot);
    if (needs & kNeedLibvirtNetworks) collect_networks(fs, snapshot);
    // Without the API the inventory already is the state files, passwords included.
    // A remote host's state files are not here: the passwords stay unknown (an error).
    if ((needs & kNeedGraphicsSecrets) && snapshot.inventory.origin == "libvirt" &&
        !snapshot.inventory.remote)
        snapshot.state_files = read_guests_from_state_files(fs);
}

}  // namespace oscapvirt::facts
