#pragma once
// Device facts from sysfs, read under the judged root: what a PCI device assigned to a guest
// is (SR-IOV function, driver, IOMMU group) and what a block device given to a guest is
// (whole disk, partition, device-mapper volume).
#include <optional>
#include <string>
#include <vector>

#include "sources/root_fs.h"

namespace oscapvirt::sources {

// Another device of a PCI device's IOMMU group.
struct IommuGroupMember {
    std::string address;
    std::string driver;     // bound driver, empty when none
    std::string pci_class;  // e.g. 0x060400 (a PCI bridge); empty when not readable
};

struct PciDevice {
    std::string address;
    bool present = false;           // /sys/bus/pci/devices/<address> exists
    std::string physical_function;  // set for an SR-IOV VF: the address its physfn names
    int virtual_functions = 0;      // virtfn* links: VFs this function has
    std::string driver;             // bound driver, empty when none
    std::string vendor;             // 4 lowercase hex digits; empty when not readable
    std::string device;             // 4 lowercase hex digits; empty when not readable
    std::string iommu_group;        // group number; empty when the device has no group
    std::vector<IommuGroupMember> group_peers;  // the group's other devices
    bool is_virtual_function() const { return !physical_function.empty(); }
};

// Facts of one PCI device (address as sysfs names it: 0000:03:00.1). A device that is not
// there gives present == false; anything there that cannot be read is an FsError.
FsResult<PciDevice> read_pci_device(const RootFs& fs, const std::string& address);

// Number of IOMMU groups under /sys/kernel/iommu_groups: 0 when the IOMMU is off.
FsResult<int> count_iommu_groups(const RootFs& fs);

struct BlockDevice {
    std::string name;  // kernel name: sdb, sdb1, dm-3, nvme0n1
    bool present = false;
    bool partition = false;  // /sys/class/block/<name>/partition exists
    std::string dm_uuid;     // device-mapper uuid (LVM-..., mpath-..., CRYPT-...), if any
    bool is_device_mapper() const { return name.compare(0, 3, "dm-") == 0; }
};

// Facts of the block device named `name` under /sys/class/block.
FsResult<BlockDevice> read_block_device(const RootFs& fs, const std::string& name);

}  // namespace oscapvirt::sources
