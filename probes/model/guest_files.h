#pragma once
// The host files a guest definition makes QEMU open, and how sVirt labels each of them
// (guide 4.4.1, table 4.2): private images carry the guest's own MCS pair, shared read-write
// disks svirt_image_t:s0, read-only media and kernel/initrd shared read-only content; the
// firmware loader is left alone by libvirt.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/domain.h"
#include "model/storage_pool.h"

namespace oscapvirt::model {

enum class FileUse {
    PrivateImage,     // read-write disk, NVRAM store: only this guest may open it
    SharedImage,      // <shareable/> disk: every confined guest may write it
    ReadOnlyContent,  // <readonly/> disk, cdrom, kernel, initrd
    Firmware,         // the loader: read-only, not relabelled by libvirt
};

std::string_view use_name(FileUse use);  // "private", "shared", "readonly", "firmware"

struct GuestFile {
    std::string path;  // as the definition names it (or its pool maps a volume to); may be empty
    std::string role;  // for evidence: "disk vda", "cdrom hdc", "kernel", "nvram" ...
    FileUse use = FileUse::PrivateImage;
    // The disk's own <seclabel> for SELinux, if it has one: relabel='no' or a fixed <label>.
    std::optional<SecLabel> selinux_label;
    // Set when the file cannot be named: a volume of a pool we do not know how to map.
    std::string unresolved;
};

// Where a pool's volumes appear, by pool name: "<target>/<volume>" for pools that hold files
// or LVs (dir, fs, netfs, logical); other pool types name volumes differently.
using PoolTargets = std::map<std::string, std::string>;
PoolTargets pool_targets(const std::vector<StoragePool>& pools);

// "/var/lib/libvirt/images/" -> "/var/lib/libvirt/images"; "/" stays.
std::string without_trailing_slashes(std::string path);

// True for pools whose target directory holds the volumes as plain files (dir, fs, netfs).
bool is_file_pool(const StoragePool& pool);

// Local files only: network disks (rbd, iscsi, nbd ...) and empty cdrom drives name none.
std::vector<GuestFile> guest_files(const DomainDef& def, const PoolTargets& pools);

// True for a SELinux <seclabel>: model "selinux", or no model (libvirt then applies it to its
// first security driver, which is SELinux on a host that has it).
bool is_selinux_seclabel(const SecLabel& label);

// The definition's SELinux <seclabel>, if it has one.
const SecLabel* selinux_seclabel(const DomainDef& def);

}  // namespace oscapvirt::model
