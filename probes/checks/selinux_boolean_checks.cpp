// Guide 2.1.3, 4.3 and 3.2: the SELinux booleans that widen what confined guests, their users
// and the guest agent may do stay off unless something on the host needs them.
#include <algorithm>
#include <cctype>
#include <functional>
#include <set>

#include "checks/guest_helpers.h"
#include "checks/registry.h"
#include "checks/selinux_helpers.h"
#include "model/guest_files.h"

namespace oscapvirt::checks {
namespace {

// Which guests need a boolean; `undetermined` says why that cannot be told when no guest
// visibly needs it.
struct Need {
    std::set<std::string> guests;
    std::string undetermined;
};

using NeedFinder = std::function<Need(const facts::Snapshot&)>;

struct BooleanRule {
    std::string name;
    std::string default_expectation;  // "off", "on" or "auto" (on exactly when a guest needs it)
    NeedFinder need;                  // empty: no guest's need can be observed
};

// Guests with a definition (persistent or live) for which `uses` holds.
Need guests_where(const facts::Snapshot& snapshot,
                  const std::function<bool(const model::DomainDef&)>& uses) {
    Need need;
    for (const facts::Guest& guest : snapshot.inventory.guests)
        for (const auto& def : {guest.persistent, guest.live})
            if (def && uses(*def)) need.guests.insert(guest.name);
    return need;
}

NeedFinder hostdev_of_type(std::string type) {
    return [type](const facts::Snapshot& snapshot) {
        return guests_where(snapshot, [&](const model::DomainDef& def) {
            return std::any_of(def.hostdevs.begin(), def.hostdevs.end(),
                               [&](const model::HostDev& dev) { return dev.type == type; });
        });
    };
}

// A host serial or parallel port handed to the guest (<serial type='dev'>).
Need host_ports(const facts::Snapshot& snapshot) {
    return guests_where(snapshot, [](const model::DomainDef& def) {
        return std::any_of(def.chardevs.begin(), def.chardevs.end(), [](const model::CharDev& dev) {
            return dev.type == "dev" && dev.element != "channel";
        });
    });
}

Need sdl_displays(const facts::Snapshot& snapshot) {
    return guests_where(snapshot, [](const model::DomainDef& def) {
        return std::any_of(def.graphics.begin(), def.graphics.end(),
                           [](const model::Graphics& graphics) { return graphics.type == "sdl"; });
    });
}

// File systems whose files a boolean opens to guests, by the kernel's type names and by the
// source format of a netfs pool (which libvirt mounts itself).
struct FsFamily {
    std::function<bool(const std::string&)> matches_fstype;
    std::set<std::string> pool_formats;
};

const model::StoragePool* netfs_pool_holding(const facts::Snapshot& snapshot,
                                             const std::string& path) {
    for (const model::StoragePool& pool : snapshot.storage_pools) {
        if (pool.type != "netfs" || pool.target_path.empty()) continue;
        const std::string dir = model::without_trailing_slashes(pool.target_path);
        if (path.compare(0, dir.size() + 1, dir + "/") == 0) return &pool;
    }
    return nullptr;
}

bool on_family(const facts::Snapshot& snapshot, const std::string& path, const FsFamily& family) {
    if (const model::StoragePool* pool = netfs_pool_holding(snapshot, path)) {
        // libvirt mounts a netfs pool without a format as NFS.
        const std::string format = pool->source_format.empty() ? "nfs" : pool->source_format;
        if (family.pool_formats.count(format)) return true;
    }
    if (!snapshot.mounts) return false;
    const model::Mount* mount = model::mount_of(*snapshot.mounts, path);
    return mount && family.matches_fstype(mount->fstype);
}

NeedFinder images_on(FsFamily family) {
    return [family](const facts::Snapshot& snapshot) {
        const model::PoolTargets pools = model::pool_targets(snapshot.storage_pools);
        Need need = guests_where(snapshot, [&](const model::DomainDef& def) {
            for (const model::GuestFile& file : model::guest_files(def, pools))
                if (!file.path.empty() &&
                    on_family(snapshot, identity_of(label_of(snapshot, file.path), file.path),
                              family))
                    return true;
            return false;
        });
        if (!snapshot.mounts)
            need.undetermined = "which images are on such file systems is unknown: " +
                                snapshot.mounts.error().subject + ": " +
                                snapshot.mounts.error().reason;
        return need;
    };
}

bool is_nfs(const std::string& fstype) { return fstype == "nfs" || fstype == "nfs4"; }
bool is_cifs(const std::string& fstype) {
    return fstype == "cifs" || fstype == "smb3" || fstype == "smbfs";
}
bool is_fuse(const std::string& fstype) {
    return fstype == "fuse" || fstype == "fuseblk" || fstype.compare(0, 5, "fuse.") == 0;
}

// H17: the booleans of guide tables 2.1.3 and 4.1, with least-privilege defaults.
std::vector<BooleanRule> host_boolean_rules() {
    return {
        {"virt_use_comm", "auto", host_ports},
        {"virt_use_fusefs", "auto", images_on({is_fuse, {"glusterfs"}})},
        {"virt_use_nfs", "auto", images_on({is_nfs, {"nfs", "auto"}})},
        {"virt_use_samba", "auto", images_on({is_cifs, {"cifs"}})},
        {"virt_use_sanlock", "off", {}},
        {"virt_use_sysfs", "auto", hostdev_of_type("pci")},
        {"virt_use_xserver", "auto", sdl_displays},
        {"virt_use_usb", "auto", hostdev_of_type("usb")},
        {"virt_use_execmem", "off", {}},
        {"virt_use_rawip", "off", {}},
        {"virt_transition_userdomain", "off", {}},
        {"staff_use_svirt", "off", {}},
        {"unprivuser_use_svirt", "off", {}},
    };
}

// G04: what the QEMU guest agent's domain may read and write.
std::vector<BooleanRule> guest_agent_boolean_rules() {
    return {{"virt_read_qemu_ga_data", "off", {}}, {"virt_rw_qemu_ga_data", "off", {}}};
}

constexpr const char* kSandboxPrefix = "virt_sandbox_use_";
constexpr const char* kSandboxValue = "virt_sandbox_use";

// "SEBOOL_VIRT_USE_NFS" for the Value sebool_virt_use_nfs.
std::string param_name(const std::string& value_name) {
    std::string name = "SEBOOL_" + value_name;
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return name;
}

std::string on_off(bool value) { return value ? "on" : "off"; }

// Judges one boolean: its current and pending values against what is expected.
void judge_boolean(const facts::Snapshot& snapshot, const BooleanRule& rule,
                   const std::string& value_name, const Params& params, VerdictBuilder& verdict) {
    const auto given = params.find(param_name(value_name));
    const std::string wanted = given == params.end() ? rule.default_expectation : given->second;
    std::string line = field("boolean", rule.name) + " " + field("expected", wanted);
    if (wanted != "off" && wanted != "on" && (wanted != "auto" || !rule.need)) {
        verdict.error(line + " " +
                      field("reason", "Value sebool_" + value_name + " must be " +
                                          (rule.need ? "off, on or auto" : "off or on")));
        return;
    }
    Need need;
    if (wanted == "auto") {
        need = rule.need(snapshot);
        std::string users;
        for (const std::string& name : need.guests) users += (users.empty() ? "" : ",") + name;
        line += " " + field("needed_by", users.empty() ? "none" : users);
    }
    const bool needed = !need.guests.empty();
    const bool expect_on = wanted == "on" || needed;
    const auto& booleans = *snapshot.virt_booleans;
    const auto reading = booleans.find(rule.name);
    if (reading == booleans.end()) {
        line += " " + field("state", "not defined by the loaded policy");
        if (expect_on)
            verdict.fail(line + " " + field("reason", "expected on"));
        else
            verdict.pass(line);
        return;
    }
    if (!reading->second) {
        verdict.error(Evidence(line).because(reading->second.error()));
        return;
    }
    const sources::BooleanValue value = **reading->second;
    line += " " + field("current", on_off(value.current)) + " " +
            field("pending", on_off(value.pending));
    if (value.current != value.pending) {
        verdict.fail(line + " " +
                     field("reason",
                           "pending value differs from the current one: "
                           "an uncommitted change"));
    } else if (value.current == expect_on && (needed || need.undetermined.empty())) {
        verdict.pass(line);
    } else if (!needed && !need.undetermined.empty()) {
        verdict.error(line + " " + field("reason", need.undetermined));
    } else if (value.current) {
        verdict.fail(line + " " +
                     field("reason", wanted == "auto" ? "on, but no guest needs it"
                                                      : "on, but expected off"));
    } else {
        verdict.fail(
            line + " " +
            field("reason", needed ? "off, but a guest needs it" : "off, but expected on"));
    }
}

Verdict judge_booleans(const facts::Snapshot& snapshot, const Params& params,
                       const std::vector<BooleanRule>& rules, bool with_sandbox) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    if (!require_selinux(snapshot, "SELinux booleans confine nothing", verdict))
        return std::move(verdict).finish();
    if (!snapshot.virt_booleans) {
        verdict.error(unreadable(snapshot.virt_booleans.error()));
        return std::move(verdict).finish();
    }
    for (const BooleanRule& rule : rules) judge_boolean(snapshot, rule, rule.name, params, verdict);
    if (with_sandbox)
        for (const auto& [name, reading] : *snapshot.virt_booleans)
            if (name.compare(0, std::string(kSandboxPrefix).size(), kSandboxPrefix) == 0)
                judge_boolean(snapshot, {name, "off", {}}, kSandboxValue, params, verdict);
    return std::move(verdict).finish();
}

// H17, guide 2.1.3 and 4.3.
Verdict virt_booleans(const facts::Snapshot& snapshot, const Params& params) {
    return judge_booleans(snapshot, params, host_boolean_rules(), true);
}

// G04, guide 3.2 and 4.3.
Verdict guest_agent_booleans(const facts::Snapshot& snapshot, const Params& params) {
    return judge_booleans(snapshot, params, guest_agent_boolean_rules(), false);
}

}  // namespace

void add_selinux_boolean_checks(Registry& registry) {
    constexpr unsigned kBooleans =
        facts::kNeedGuests | facts::kNeedSelinuxState | facts::kNeedVirtBooleans;
    registry.add(
        {"virt_booleans_least_privilege",
         kBooleans | facts::kNeedStoragePools | facts::kNeedFileLabels | facts::kNeedMounts,
         virt_booleans});
    registry.add({"qemu_ga_data_booleans", kBooleans, guest_agent_booleans});
}

}  // namespace oscapvirt::checks
