// Guide ch. 4: sVirt confinement of running guests.
#include <map>
#include <set>

#include "checks/guest_helpers.h"
#include "checks/registry.h"

namespace oscapvirt::checks {
namespace {

bool is_svirt_process_type(const std::string& type) {
    return type == "svirt_t" || type == "svirt_tcg_t";
}

std::string pair_text(const std::pair<int, int>& pair) {
    return "c" + std::to_string(pair.first) + ",c" + std::to_string(pair.second);
}

// Guests that share each MCS pair; only pairs held by more than one guest matter.
std::map<std::pair<int, int>, std::set<std::string>> owners_by_pair(const facts::Snapshot& snapshot) {
    std::map<std::pair<int, int>, std::set<std::string>> owners;
    for (const auto& [name, reading] : snapshot.process_labels)
        if (reading.context)
            if (auto pair = reading.context->mcs_pair()) owners[*pair].insert(name);
    return owners;
}

std::string others(const std::set<std::string>& owners, const std::string& self) {
    std::string text;
    for (const std::string& name : owners)
        if (name != self) text += (text.empty() ? "" : ",") + name;
    return text;
}

// S03, guide 4.4.2: each running guest is confined as svirt_t with its own category pair.
Verdict svirt_process_labels(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    if (!snapshot.selinux) {
        verdict.error(field("object", "selinux") + " " + field("reason", snapshot.selinux_error));
        return std::move(verdict).finish();
    }
    if (!snapshot.selinux->enabled) {
        bool any_running = false;
        for (const auto& guest : snapshot.inventory.guests) any_running |= guest.running();
        if (any_running)
            verdict.fail(field("selinux", "disabled") + " " +
                         field("reason", "SELinux is off: no running guest is confined by sVirt"));
        return std::move(verdict).finish();
    }
    const auto owners = owners_by_pair(snapshot);
    for (const facts::Guest& guest : snapshot.inventory.guests) {
        if (!guest.running()) continue;
        const std::string who = field("guest", guest.name) + " " + field("pid", std::to_string(guest.pid));
        const auto found = snapshot.process_labels.find(guest.name);
        if (found == snapshot.process_labels.end() || !found->second.context) {
            const std::string reason =
                found == snapshot.process_labels.end() ? "label not read" : found->second.error;
            verdict.error(who + " " + field("reason", reason));
            continue;
        }
        const model::SelinuxContext& context = *found->second.context;
        const std::string line = who + " " + field("label", context.to_string());
        const auto pair = context.mcs_pair();
        if (!is_svirt_process_type(context.type)) {
            verdict.fail(line + " " + field("reason", "not an svirt process type"));
        } else if (!pair) {
            verdict.fail(line + " " + field("reason", "no MCS category pair of its own"));
        } else if (const auto& sharing = owners.at(*pair); sharing.size() > 1) {
            verdict.fail(line + " " + field("reason", "category pair " + pair_text(*pair) +
                                                          " shared with " + others(sharing, guest.name)));
        } else {
            verdict.pass(line);
        }
    }
    return std::move(verdict).finish();
}

}  // namespace

void add_svirt_checks(Registry& registry) {
    registry.add({"guest_svirt_process_label",
                  "Every running guest runs as svirt_t or svirt_tcg_t with an MCS category pair "
                  "no other running guest has",
                  facts::kNeedGuests | facts::kNeedSelinuxState | facts::kNeedProcessLabels,
                  svirt_process_labels});
}

}  // namespace oscapvirt::checks
