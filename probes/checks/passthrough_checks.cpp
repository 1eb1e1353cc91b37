// Guide 2.1.1, 2.2 and 2.2.1: host hardware handed to guests. One check per device class, so a
// report shows which kind of passthrough a guest has; the quality of PCI assignment (SR-IOV VF,
// IOMMU isolation) and whole-disk assignment are judged from sysfs.
#include <functional>
#include <vector>

#include "checks/allow_list.h"
#include "checks/guest_helpers.h"
#include "checks/registry.h"

namespace oscapvirt::checks {
namespace {

// A host device one definition of a guest passes through.
struct Device {
    std::string id;      // what names it across definitions and in allow-lists
    std::string detail;  // further evidence, e.g. "model=vfio-pci"
    const model::DomainDef* def = nullptr;
    bool read_only = false;  // block disks: the guest cannot write it
};

// A device with the definitions it appears in.
struct SeenDevice {
    Device device;
    bool persistent = false;
    bool live = false;
};

using DeviceLister = std::function<std::vector<Device>(const model::DomainDef&)>;

std::vector<SeenDevice> devices_of(const facts::Guest& guest, const DeviceLister& list) {
    std::vector<SeenDevice> seen;
    for_each_definition(guest, [&](const char* kind, const model::DomainDef& def) {
        const bool is_live = std::string_view(kind) == "live";
        for (Device& device : list(def)) {
            SeenDevice* match = nullptr;
            for (SeenDevice& other : seen)
                if (other.device.id == device.id && other.device.detail == device.detail)
                    match = &other;
            if (!match) match = &seen.emplace_back(SeenDevice{std::move(device)});
            (is_live ? match->live : match->persistent) = true;
        }
    });
    return seen;
}

// Where a device is defined, and whether the running guest and its configuration disagree.
std::string placement(const facts::Guest& guest, const SeenDevice& seen) {
    std::string where = seen.persistent && seen.live ? "persistent,live"
                        : seen.live                  ? "live"
                                                     : "persistent";
    std::string text = field("definitions", where);
    if (guest.running() && guest.persistent && seen.persistent != seen.live)
        text += " " + field("drift", seen.live ? "live only (hot-plugged, gone after restart)"
                                               : "config only (attached at next start)");
    return text;
}

struct Allowance {
    Result result;
    std::string reason;
};

using Judge = std::function<Allowance(const facts::Snapshot&, const std::string& guest,
                                      const Device&, const AllowList&)>;

Allowance by_id(const facts::Snapshot&, const std::string&, const Device& device,
                const AllowList& allowed) {
    if (device.id.empty()) return {Result::Fail, "device is not named (malformed source)"};
    if (allowed.contains(device.id)) return {Result::Pass, "allow-listed"};
    return {Result::Fail, "not in " + allowed.param()};
}

struct PassthroughRule {
    const char* check_id;
    const char* device_class;
    const char* param;
    facts::Needs needs;
    DeviceLister list;
    Judge judge;
};

Verdict judge_passthrough(const PassthroughRule& rule, const facts::Snapshot& snapshot,
                          const Params& params) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    const AllowList allowed(params, rule.param);
    verdict.note(field(lowercase(rule.param), allowed.describe()));
    for (const facts::Guest& guest : snapshot.inventory.guests) {
        for (const SeenDevice& seen : devices_of(guest, rule.list)) {
            const Allowance allowance = rule.judge(snapshot, guest.name, seen.device, allowed);
            std::string line = field("guest", guest.name) + " " +
                               field("class", rule.device_class) + " " +
                               field("device", seen.device.id.empty() ? "?" : seen.device.id);
            if (!seen.device.detail.empty()) line += " " + seen.device.detail;
            line += " " + placement(guest, seen) + " " + field("reason", allowance.reason);
            verdict.add(allowance.result, std::move(line));
        }
    }
    return std::move(verdict).finish();
}

// ---- device classes ------------------------------------------------------------------------

DeviceLister hostdevs_of_type(std::vector<std::string> types) {
    return [types](const model::DomainDef& def) {
        std::vector<Device> devices;
        for (const model::HostDev& dev : def.hostdevs)
            for (const std::string& type : types)
                if (dev.type == type) {
                    std::string detail = field("type", dev.type);
                    if (!dev.model.empty()) detail += " " + field("model", dev.model);
                    if (dev.via_interface) detail += " " + field("via", "interface");
                    if (dev.via_nvme_disk) detail += " " + field("via", "nvme-disk");
                    devices.push_back({lowercase(dev.address), detail, &def});
                }
        return devices;
    };
}

bool is_pci_address(const std::string& item) { return item.find('.') != std::string::npos; }

// PCI devices are allowed by address (0000:03:00.1 or 03:00.1) or by vendor:device from sysfs.
Allowance judge_pci(const facts::Snapshot& snapshot, const std::string& guest, const Device& device,
                    const AllowList& allowed) {
    if (device.id.empty()) return by_id(snapshot, guest, device, allowed);
    if (allowed.contains(device.id) || allowed.contains(device.id.substr(5)))
        return {Result::Pass, "allow-listed by address"};
    bool lists_ids = false;
    for (const std::string& item : allowed.items()) lists_ids |= !is_pci_address(item);
    if (!lists_ids) return {Result::Fail, "not in " + allowed.param()};
    const auto found = snapshot.pci_devices.find(device.id);
    if (found == snapshot.pci_devices.end() || !found->second)
        return {Result::Error, "vendor:device unknown: " + (found == snapshot.pci_devices.end()
                                                                ? std::string("not read")
                                                                : describe(found->second.error()))};
    const sources::PciDevice& pci = *found->second;
    if (!pci.present) return {Result::Error, "vendor:device unknown: device not in sysfs"};
    const std::string ids = pci.vendor + ":" + pci.device;
    if (allowed.contains(ids)) return {Result::Pass, "allow-listed as " + ids};
    return {Result::Fail, ids + " not in " + allowed.param()};
}

Allowance judge_usb(const facts::Snapshot& snapshot, const std::string& guest, const Device& device,
                    const AllowList& allowed) {
    if (device.id.compare(0, 4, "bus ") == 0)
        return {Result::Fail,
                "named by bus address only, which another device takes after re-plugging: "
                "name it by vendor:product to allow it"};
    return by_id(snapshot, guest, device, allowed);
}

std::string filter_rule_text(const model::UsbFilterRule& rule) {
    auto any = [](const std::string& text) { return text.empty() ? std::string("*") : text; };
    return std::string(rule.allow ? "allow " : "deny ") + any(rule.vendor) + ":" +
           any(rule.product) + (rule.usb_class.empty() ? "" : " class " + rule.usb_class);
}

std::string filter_text(const model::DomainDef& def) {
    if (!def.has_redirfilter) return "none";
    std::string text;
    for (const auto& rule : def.redirfilter)
        text += (text.empty() ? "" : "; ") + filter_rule_text(rule);
    return text.empty() ? "empty" : text;
}

std::vector<Device> redirdevs(const model::DomainDef& def) {
    std::vector<Device> devices;
    int index = 0;
    for (const model::RedirDev& dev : def.redirdevs)
        devices.push_back({dev.bus + "/" + dev.type + "#" + std::to_string(++index),
                           field("redirfilter", filter_text(def)), &def});
    return devices;
}

// QEMU lets a client redirect any USB device unless the guest's filter says otherwise: only a
// filter that allows allow-listed vendor:product pairs and then denies everything is narrow.
Allowance judge_redirection(const facts::Snapshot&, const std::string&, const Device& device,
                            const AllowList& allowed) {
    const model::DomainDef& def = *device.def;
    if (!def.has_redirfilter || def.redirfilter.empty())
        return {Result::Fail, "no <redirfilter>: the client may redirect any USB device"};
    for (const auto& rule : def.redirfilter)
        if (rule.allow && (rule.vendor.empty() || rule.product.empty() ||
                           !allowed.contains(rule.vendor + ":" + rule.product)))
            return {Result::Fail, "filter rule '" + filter_rule_text(rule) +
                                      "' allows devices not in " + allowed.param()};
    const auto& last = def.redirfilter.back();
    if (last.allow || !last.matches_any())
        return {Result::Fail, "filter does not end with a rule denying every other device"};
    return {Result::Pass, "filter allows only allow-listed devices"};
}

// host: the host's card reader; passthrough: a client's reader tunnelled over a channel.
// host-certificates is emulated from certificate files and hands over no hardware.
std::vector<Device> smartcards(const model::DomainDef& def) {
    std::vector<Device> devices;
    int index = 0;
    for (const model::SmartCard& card : def.smartcard_devices) {
        ++index;
        if (card.mode == "host-certificates") continue;
        std::string id = card.mode.empty() ? "unspecified" : card.mode;
        if (!card.type.empty()) id += "/" + card.type;
        devices.push_back({id + "#" + std::to_string(index), "", &def});
    }
    return devices;
}

Allowance judge_smartcard(const facts::Snapshot&, const std::string& guest, const Device&,
                          const AllowList& allowed) {
    if (allowed.contains(guest)) return {Result::Pass, "guest allow-listed"};
    return {Result::Fail, "guest not in " + allowed.param()};
}

std::vector<Device> lun_disks(const model::DomainDef& def) {
    std::vector<Device> devices;
    for (const model::Disk& disk : def.disks)
        if (disk.device == "lun")
            devices.push_back({disk.source, field("target", disk.target), &def});
    return devices;
}

const std::vector<PassthroughRule>& passthrough_rules() {
    static const std::vector<PassthroughRule> rules = {
        {"guest_no_pci_passthrough", "pci", "ALLOWED_PCI_DEVICES",
         facts::kNeedGuests | facts::kNeedPciDevices, hostdevs_of_type({"pci"}), judge_pci},
        {"guest_no_usb_passthrough", "usb", "ALLOWED_USB_DEVICES", facts::kNeedGuests,
         hostdevs_of_type({"usb"}), judge_usb},
        {"guest_no_scsi_passthrough", "scsi", "ALLOWED_SCSI_DEVICES", facts::kNeedGuests,
         hostdevs_of_type({"scsi", "scsi_host"}), by_id},
        {"guest_no_mdev_passthrough", "mdev", "ALLOWED_MDEV_DEVICES", facts::kNeedGuests,
         hostdevs_of_type({"mdev"}), by_id},
        {"guest_no_usb_redirection", "usb-redirection", "ALLOWED_USB_REDIRECTION",
         facts::kNeedGuests, redirdevs, judge_redirection},
        {"guest_no_smartcard_passthrough", "smartcard", "ALLOWED_SMARTCARD_GUESTS",
         facts::kNeedGuests, smartcards, judge_smartcard},
        {"guest_no_lun_passthrough", "lun", "ALLOWED_LUN_DISKS", facts::kNeedGuests, lun_disks,
         by_id},
    };
    return rules;
}

// ---- quality of PCI assignment (sysfs) -------------------------------------------------------

// Calls fn(guest, seen) for each distinct PCI device any definition of any guest assigns.
template <typename Fn>
void for_each_pci_device(const facts::Snapshot& snapshot, Fn&& fn) {
    const DeviceLister pci = hostdevs_of_type({"pci"});
    for (const facts::Guest& guest : snapshot.inventory.guests)
        for (const SeenDevice& seen : devices_of(guest, pci)) fn(guest, seen);
}

std::string pci_line(const facts::Guest& guest, const SeenDevice& seen) {
    return field("guest", guest.name) + " " +
           field("device", seen.device.id.empty() ? "?" : seen.device.id) + " " +
           placement(guest, seen);
}

// The sysfs facts of an assigned device, or why there are none (as an error reason).
// The sysfs facts of an assigned PCI device, or why there are none.
facts::Reading<sources::PciDevice> pci_facts(const facts::Snapshot& snapshot,
                                             const std::string& address) {
    if (address.empty())
        return facts::ReadError{"", "PCI address missing or malformed in the domain XML"};
    const auto found = snapshot.pci_devices.find(address);
    if (found == snapshot.pci_devices.end()) return facts::not_collected(address);
    if (found->second && !found->second->present)
        return facts::ReadError{"/sys/bus/pci/devices/" + address,
                                "no such device (device absent or sysfs not mounted)"};
    return found->second;
}

// H18, guide 2.2: a physical function lets the guest reflash firmware the host and the next
// owner of the device trust; an SR-IOV virtual function does not.
Verdict pci_virtual_function(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    for_each_pci_device(snapshot, [&](const facts::Guest& guest, const SeenDevice& seen) {
        const std::string line = pci_line(guest, seen);
        const auto pci = pci_facts(snapshot, seen.device.id);
        if (!pci) return verdict.error(Evidence(line).because(pci.error()));
        if (pci->is_virtual_function())
            return verdict.pass(line + " " + field("function", "virtual") + " " +
                                field("physfn", pci->physical_function));
        const std::string reason = pci->virtual_functions > 0
                                       ? "physical function with " +
                                             std::to_string(pci->virtual_functions) +
                                             " virtual functions: assign one of those"
                                       : "physical device, not an SR-IOV virtual function";
        verdict.fail(line + " " + field("function", "physical") + " " + field("reason", reason));
    });
    return std::move(verdict).finish();
}

bool is_pci_bridge(const std::string& pci_class) { return pci_class.compare(0, 6, "0x0604") == 0; }

// Drivers that hold a device for assignment rather than use it for the host.
bool is_assignment_driver(const std::string& driver) {
    return driver.empty() || driver == "vfio-pci" || driver == "pci-stub";
}

// Group peers the host itself drives: DMA isolation stops at the IOMMU group boundary.
std::string host_used_peers(const sources::PciDevice& pci) {
    std::string peers;
    for (const auto& peer : pci.group_peers)
        if (!is_assignment_driver(peer.driver) && !is_pci_bridge(peer.pci_class))
            peers += (peers.empty() ? "" : ",") + peer.address + "(" + peer.driver + ")";
    return peers;
}

// H19, guide 2.2: without an active IOMMU an assigned device can DMA into host memory; with one,
// every device of its group is reachable by the guest, so none may be in host use.
Verdict pci_iommu_isolation(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    const facts::IommuReading& iommu = snapshot.iommu;
    verdict.note(field("iommu_groups", iommu ? std::to_string(*iommu) : "unread"));
    for_each_pci_device(snapshot, [&](const facts::Guest& guest, const SeenDevice& seen) {
        const std::string line = pci_line(guest, seen);
        if (!iommu) return verdict.error(Evidence(line).because(iommu.error()));
        if (*iommu == 0)
            return verdict.fail(line + " " +
                                field("reason", "IOMMU off: /sys/kernel/iommu_groups is empty"));
        const auto pci = pci_facts(snapshot, seen.device.id);
        if (!pci) return verdict.error(Evidence(line).because(pci.error()));
        if (pci->iommu_group.empty())
            return verdict.fail(line + " " + field("reason", "device has no IOMMU group"));
        const std::string group = field("iommu_group", pci->iommu_group);
        const std::string shared = host_used_peers(*pci);
        if (!shared.empty())
            return verdict.fail(line + " " + group + " " +
                                field("reason", "group shared with host-driven " + shared));
        verdict.pass(line + " " + group + " " +
                     field("peers", std::to_string(pci->group_peers.size())));
    });
    return std::move(verdict).finish();
}

// ---- whole-disk assignment ---------------------------------------------------------------------

// What the block device is, for evidence; whole == true when it is a whole disk.
std::string block_kind(const sources::BlockDevice& device, bool& whole) {
    whole = false;
    if (device.partition) return "partition";
    if (device.is_device_mapper()) {
        if (device.dm_uuid.compare(0, 4, "part") == 0) return "partition (device-mapper)";
        if (device.dm_uuid.compare(0, 6, "mpath-") == 0) {
            whole = true;
            return "whole disk (multipath)";
        }
        if (device.dm_uuid.compare(0, 4, "LVM-") == 0) return "logical volume";
        return device.dm_uuid.empty() ? "device-mapper volume"
                                      : "device-mapper volume " + device.dm_uuid.substr(0, 6);
    }
    whole = true;
    return "whole disk";
}

std::vector<Device> block_disks(const model::DomainDef& def) {
    std::vector<Device> devices;
    for (const model::Disk& disk : def.disks)
        if (disk.type == "block")
            devices.push_back({disk.source,
                               field("target", disk.target) + " " +
                                   field("access", disk.read_only ? "read-only" : "read-write"),
                               &def, disk.read_only});
    return devices;
}

// H14, guide 2.1.1 and 2.2: a guest that can write a whole disk can write a partition table or
// a file system label the host may later mount as its own.
Verdict whole_disk_assignment(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    for (const facts::Guest& guest : snapshot.inventory.guests) {
        for (const SeenDevice& seen : devices_of(guest, block_disks)) {
            std::string line = field("guest", guest.name) + " " + field("source", seen.device.id) +
                               " " + seen.device.detail + " " + placement(guest, seen);
            const auto found = snapshot.block_devices.find(seen.device.id);
            if (found == snapshot.block_devices.end() || !found->second) {
                const facts::ReadError why =
                    seen.device.id.empty() ? facts::ReadError{"", "disk has no source device"}
                    : found == snapshot.block_devices.end() ? facts::not_collected(seen.device.id)
                                                            : found->second.error();
                verdict.error(Evidence(line).because(why));
                continue;
            }
            const sources::BlockDevice& device = found->second->device;
            line += " " + field("resolved", found->second->resolved);
            if (!device.present) {
                verdict.error(line + " " + field("reason", "no /sys/class/block/" + device.name));
                continue;
            }
            bool whole = false;
            line += " " + field("kind", block_kind(device, whole));
            if (!whole)
                verdict.pass(std::move(line));
            else if (seen.device.read_only)
                verdict.pass(line + " " +
                             field("note", "whole disk, but the guest cannot write it"));
            else
                verdict.fail(line + " " + field("reason", "guest can write a whole disk"));
        }
    }
    return std::move(verdict).finish();
}

}  // namespace

void add_passthrough_checks(Registry& registry) {
    for (const PassthroughRule& rule : passthrough_rules())
        registry.add({rule.check_id, rule.needs,
                      [&rule](const facts::Snapshot& snapshot, const Params& params) {
                          return judge_passthrough(rule, snapshot, params);
                      }});
    registry.add({"guest_pci_passthrough_vf", facts::kNeedGuests | facts::kNeedPciDevices,
                  pci_virtual_function});
    registry.add({"guest_pci_passthrough_iommu", facts::kNeedGuests | facts::kNeedPciDevices,
                  pci_iommu_isolation});
    registry.add({"guest_no_writable_whole_disk", facts::kNeedGuests | facts::kNeedBlockDevices,
                  whole_disk_assignment});
}

}  // namespace oscapvirt::checks
