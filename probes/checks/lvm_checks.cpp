// Guide 2.1.1 (H15): on a host that gives guests block devices, LVM scans only the host's own
// devices: its global_filter rejects devices, or it uses its devices file. lvm.conf and
// lvmlocal.conf are read as lvm2 reads them (model/lvm_config.h, facts/lvm_facts.h).
#include "checks/guest_helpers.h"
#include "checks/registry.h"

namespace oscapvirt::checks {
namespace {

std::string joined(const std::vector<model::LvmFilterPattern>& patterns) {
    std::string out;
    for (const model::LvmFilterPattern& pattern : patterns)
        out += (out.empty() ? "" : " ") + pattern.text;
    return out;
}

Verdict lvm_filter_for_guest_block_devices(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    bool block_disks = false;
    for_each_guest_definition(
        snapshot, [&](const facts::Guest& guest, const char* kind, const model::DomainDef& def) {
            for (const model::Disk& disk : def.disks) {
                if (disk.type != "block") continue;
                block_disks = true;
                verdict.note(Evidence("guest", guest.name)
                                 .add("definition", kind)
                                 .add("disk", disk.target)
                                 .add("block_source", disk.source));
            }
        });
    // No guest has a host block device: nothing to keep LVM away from (notapplicable, or the
    // inventory's errors).
    if (!block_disks) return std::move(verdict).finish();

    const facts::Reading<facts::LvmDeviceScanning>& scanning = snapshot.lvm_device_scanning;
    if (!scanning) {
        verdict.error(unreadable(scanning.error()));
        return std::move(verdict).finish();
    }
    size_t rejects = 0;
    Evidence line("lvm_config", "/etc/lvm/lvm.conf /etc/lvm/lvmlocal.conf");
    if (scanning->global_filter) {
        for (const model::LvmFilterPattern& pattern : *scanning->global_filter)
            rejects += pattern.accept ? 0 : 1;
        line.add("global_filter", joined(*scanning->global_filter))
            .add("reject_entries", std::to_string(rejects));
    } else {
        line.add("global_filter", "unset");
    }
    line.add("use_devicesfile", scanning->use_devicesfile ? "1" : "0")
        .add("use_devicesfile_origin", scanning->use_devicesfile_origin);
    if (scanning->use_devicesfile)
        line.add("devices_file", scanning->devices_file)
            .add("devices_file_exists", scanning->devices_file_exists ? "yes" : "no");
    if (scanning->devices_file_in_use())
        verdict.pass(line.add("scans", "the devices the devices file lists"));
    else if (rejects > 0)
        verdict.pass(line.add("scans", "what global_filter accepts"));
    else
        verdict.fail(line.because(
            "LVM scans every device: no global_filter reject entry and no devices file in use"));
    return std::move(verdict).finish();
}

}  // namespace

void add_lvm_checks(Registry& registry) {
    registry.add({"host_lvm_filter_for_guest_block_devices",
                  facts::kNeedGuests | facts::kNeedLvmConfig, lvm_filter_for_guest_block_devices});
}

}  // namespace oscapvirt::checks
