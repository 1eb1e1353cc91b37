#include "sources/sysfs.h"

#include <cctype>
#include <cerrno>
#include <cstring>

namespace oscapvirt::sources {
namespace {

constexpr const char* kPciDevices = "/sys/bus/pci/devices/";

bool is_absent(const FsError& error) { return error.error_number == ENOENT; }

std::string base_name(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Where a sysfs link leads (its last component), nullopt when there is no such link.
FsResult<std::optional<std::string>> link_name(const RootFs& fs, const std::string& path) {
    auto resolved = fs.resolve(path);
    if (auto* err = std::get_if<FsError>(&resolved)) {
        if (is_absent(*err)) return std::optional<std::string>{};
        return *err;
    }
    return std::optional<std::string>(base_name(std::get<std::string>(resolved)));
}

// A one-line sysfs attribute without its newline; empty when absent.
FsResult<std::string> attribute(const RootFs& fs, const std::string& path) {
    auto content = fs.read_file_if_exists(path, 4096);
    if (auto* err = std::get_if<FsError>(&content)) return *err;
    std::string text = std::get<std::optional<std::string>>(content).value_or("");
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

// sysfs prints PCI ids as 0x8086; allow-lists and lspci use 8086.
std::string hex_id(std::string text) {
    if (text.compare(0, 2, "0x") == 0) text.erase(0, 2);
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// Reads each of the named links/attributes, stopping at the first real error.
class Reader {
   public:
    Reader(const RootFs& fs, std::string dir) : fs_(fs), dir_(std::move(dir)) {}
    std::string link(const std::string& name) {
        if (error_) return "";
        auto result = link_name(fs_, dir_ + name);
        if (auto* err = std::get_if<FsError>(&result)) {
            error_ = *err;
            return "";
        }
        return std::get<std::optional<std::string>>(result).value_or("");
    }
    std::string text(const std::string& name) {
        if (error_) return "";
        auto result = attribute(fs_, dir_ + name);
        if (auto* err = std::get_if<FsError>(&result)) {
            error_ = *err;
            return "";
        }
        return std::get<std::string>(result);
    }
    const std::optional<FsError>& error() const { return error_; }

   private:
    const RootFs& fs_;
    std::string dir_;
    std::optional<FsError> error_;
};

FsResult<std::vector<IommuGroupMember>> read_group_peers(const RootFs& fs,
                                                         const std::string& address) {
    const std::string dir = kPciDevices + address + "/iommu_group/devices";
    auto listing = fs.list_dir(dir);
    if (auto* err = std::get_if<FsError>(&listing)) return *err;
    const auto& entries = std::get<std::optional<std::vector<DirEntry>>>(listing);
    if (!entries) return FsError{dir, "IOMMU group lists no devices"};
    std::vector<IommuGroupMember> peers;
    for (const DirEntry& entry : *entries) {
        if (entry.name == address) continue;
        Reader member(fs, dir + "/" + entry.name + "/");
        IommuGroupMember peer{entry.name, member.link("driver"), member.text("class")};
        if (member.error()) return *member.error();
        peers.push_back(std::move(peer));
    }
    return peers;
}

int count_virtual_functions(const std::vector<DirEntry>& entries) {
    int count = 0;
    for (const DirEntry& entry : entries) count += entry.name.compare(0, 6, "virtfn") == 0;
    return count;
}

}  // namespace

FsResult<PciDevice> read_pci_device(const RootFs& fs, const std::string& address) {
    PciDevice device;
    device.address = address;
    if (address.empty() || address.find('/') != std::string::npos || address[0] == '.')
        return FsError{address, "not a PCI address"};
    const std::string dir = kPciDevices + address;
    auto listing = fs.list_dir(dir);
    if (auto* err = std::get_if<FsError>(&listing)) return *err;
    const auto& entries = std::get<std::optional<std::vector<DirEntry>>>(listing);
    if (!entries) return device;  // not present
    device.present = true;
    device.virtual_functions = count_virtual_functions(*entries);
    Reader reader(fs, dir + "/");
    device.physical_function = reader.link("physfn");
    device.driver = reader.link("driver");
    device.vendor = hex_id(reader.text("vendor"));
    device.device = hex_id(reader.text("device"));
    device.iommu_group = reader.link("iommu_group");
    if (reader.error()) return *reader.error();
    if (!device.iommu_group.empty()) {
        auto peers = read_group_peers(fs, address);
        if (auto* err = std::get_if<FsError>(&peers)) return *err;
        device.group_peers = std::move(std::get<std::vector<IommuGroupMember>>(peers));
    }
    return device;
}

FsResult<int> count_iommu_groups(const RootFs& fs) {
    auto listing = fs.list_dir("/sys/kernel/iommu_groups");
    if (auto* err = std::get_if<FsError>(&listing)) return *err;
    const auto& entries = std::get<std::optional<std::vector<DirEntry>>>(listing);
    return entries ? static_cast<int>(entries->size()) : 0;
}

FsResult<BlockDevice> read_block_device(const RootFs& fs, const std::string& name) {
    BlockDevice device;
    device.name = name;
    if (name.empty() || name == "." || name == ".." || name.find('/') != std::string::npos)
        return FsError{name, "not a kernel block device name"};
    const std::string dir = "/sys/class/block/" + name;
    auto listing = fs.list_dir(dir);
    if (auto* err = std::get_if<FsError>(&listing)) return *err;
    const auto& entries = std::get<std::optional<std::vector<DirEntry>>>(listing);
    if (!entries) return device;
    device.present = true;
    for (const DirEntry& entry : *entries) device.partition |= entry.name == "partition";
    if (device.is_device_mapper()) {
        auto uuid = attribute(fs, dir + "/dm/uuid");
        if (auto* err = std::get_if<FsError>(&uuid)) return *err;
        device.dm_uuid = std::get<std::string>(uuid);
    }
    return device;
}

}  // namespace oscapvirt::sources
