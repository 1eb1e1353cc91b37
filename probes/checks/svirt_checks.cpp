// Guide ch. 4: sVirt confinement of running guests.
#include <algorithm>
#include <map>
#include <set>

#include "checks/guest_helpers.h"
#include "checks/registry.h"
#include "checks/selinux_helpers.h"
#include "model/guest_files.h"

namespace oscapvirt::checks {
namespace {

bool is_svirt_process_type(const std::string& type) {
    return type == "svirt_t" || type == "svirt_tcg_t";
}

// The process domains sVirt confines QEMU in (the targeted policy's virt module): the default
// ones, and those for guests given network access through policy booleans-free modules.
bool is_svirt_domain(const std::string& type) {
    return is_svirt_process_type(type) || type == "svirt_kvm_net_t" || type == "svirt_qemu_net_t";
}

std::string pair_text(const std::pair<int, int>& pair) {
    return "c" + std::to_string(pair.first) + ",c" + std::to_string(pair.second);
}

// Guests that share each MCS pair; only pairs held by more than one guest matter.
// Running guests by their entry in the inventory, never by name: two guests may share a name (a
// reported conflict), and each is judged by its own process.
using Owners = std::set<const facts::Guest*>;

std::map<std::pair<int, int>, Owners> owners_by_pair(const facts::Snapshot& snapshot) {
    std::map<std::pair<int, int>, Owners> owners;
    for (const facts::Guest& guest : snapshot.inventory.guests)
        if (const facts::LabelReading label = facts::process_label(snapshot, guest);
            guest.running() && label)
            if (auto pair = label->mcs_pair()) owners[*pair].insert(&guest);
    return owners;
}

std::string others(const Owners& owners, const facts::Guest& self) {
    std::string text;
    for (const facts::Guest* other : owners)
        if (other != &self) text += (text.empty() ? "" : ",") + other->name;
    return text;
}

// S03, guide 4.4.2: each running guest is confined as svirt_t with its own category pair.
Verdict svirt_process_labels(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    if (!snapshot.selinux) {
        verdict.error(unreadable(snapshot.selinux.error()));
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
        const std::string who = Evidence("guest", guest.name).add("pid", std::to_string(guest.pid));
        const facts::LabelReading label = facts::process_label(snapshot, guest);
        if (!label) {
            verdict.error(Evidence(who).because(label.error()));
            continue;
        }
        const model::SelinuxContext& context = *label;
        const std::string line = who + " " + field("label", context.to_string());
        const auto pair = context.mcs_pair();
        if (!is_svirt_process_type(context.type)) {
            verdict.fail(line + " " + field("reason", "not an svirt process type"));
        } else if (!pair) {
            verdict.fail(line + " " + field("reason", "no MCS category pair of its own"));
        } else if (const auto& sharing = owners.at(*pair); sharing.size() > 1) {
            verdict.fail(line + " " +
                         field("reason", "category pair " + pair_text(*pair) + " shared with " +
                                             others(sharing, guest)));
        } else {
            verdict.pass(line);
        }
    }
    return std::move(verdict).finish();
}

// How libvirt confines a guest whose definition names no SELinux label: qemu.conf decides.
struct DefaultConfinement {
    bool confined = false;
    std::string why;                        // for the evidence
    std::optional<facts::ReadError> error;  // set when qemu.conf could not be judged
};

DefaultConfinement default_confinement(const facts::Snapshot& snapshot) {
    if (!snapshot.qemu_conf) return {false, "", snapshot.qemu_conf.error()};
    const model::ConfFile& conf = *snapshot.qemu_conf;
    const auto drivers = conf.string_or_list("security_driver");
    if (drivers.invalid())
        return {false, "", facts::ReadError{"", describe_problem("security_driver", drivers)}};
    const auto& names = drivers.value;
    const bool has_selinux = std::find(names.begin(), names.end(), "selinux") != names.end();
    // An empty list, like no setting, lets libvirt pick the host's driver: SELinux here.
    if (drivers.present() && !names.empty() && !has_selinux)
        return {false, "qemu.conf security_driver leaves out selinux", std::nullopt};
    const auto confined = conf.boolean("security_default_confined");
    if (confined.invalid())
        return {false, "",
                facts::ReadError{"", describe_problem("security_default_confined", confined)}};
    if (confined.present() && !confined.value)
        return {false, "qemu.conf security_default_confined = 0", std::nullopt};
    return {true, "libvirt default (dynamic, per qemu.conf)", std::nullopt};
}

// A <seclabel> that switches sVirt off for the guest: model 'none', or type 'none' for SELinux.
const model::SecLabel* disabling_seclabel(const model::DomainDef& def) {
    for (const model::SecLabel& label : def.seclabels)
        if (label.model == "none" || (label.type == "none" && model::is_selinux_seclabel(label)))
            return &label;
    return nullptr;
}

void judge_confinement(const std::string& line, bool live, const model::DomainDef& def,
                       const DefaultConfinement& fallback, VerdictBuilder& verdict) {
    if (const model::SecLabel* off = disabling_seclabel(def)) {
        verdict.fail(line + " " + field("seclabel", "type=" + off->type + " model=" + off->model) +
                     " " + field("reason", "sVirt switched off: the guest runs unconfined"));
        return;
    }
    const model::SecLabel* label = model::selinux_seclabel(def);
    if (!label) {
        // libvirt writes the label it applied into a running guest's definition; none means none.
        if (live)
            verdict.fail(line + " " + field("seclabel", "none") + " " +
                         field("reason", "running without an SELinux label"));
        else if (fallback.error)
            verdict.error(Evidence(line).add("seclabel", "none").because(*fallback.error));
        else if (fallback.confined)
            verdict.pass(line + " " + field("labelling", "dynamic") + " " +
                         field("from", fallback.why));
        else
            verdict.fail(line + " " + field("seclabel", "none") + " " +
                         field("reason", "unconfined: " + fallback.why));
        return;
    }
    const std::string relabel = label->relabel ? "yes" : "no";
    // The process runs with <label> (static, or the one libvirt chose), and a dynamic label is
    // built from <baselabel> when there is one: its type decides whether QEMU is confined.
    const bool dynamic = label->type == "dynamic";
    for (const std::string* context : {&label->label, dynamic ? &label->base_label : nullptr}) {
        if (!context || context->empty()) continue;
        const char* what = context == &label->base_label ? "baselabel" : "label";
        auto parsed = model::parse_selinux_context(*context);
        if (auto* err = std::get_if<model::ParseError>(&parsed)) {
            verdict.error(line + " " + field(what, *context) + " " +
                          field("reason", "unparsable SELinux context: " + err->describe()));
            return;
        }
        const std::string& type = std::get<model::SelinuxContext>(parsed).type;
        if (!is_svirt_domain(type)) {
            verdict.fail(line + " " + field("labelling", label->type) + " " +
                         field(what, *context) + " " +
                         field("reason", "process type " + type +
                                             " is not an sVirt domain: the guest is not confined "
                                             "by sVirt; use a dynamic label or an svirt_t label"));
            return;
        }
    }
    if (label->type == "dynamic" && !label->relabel) {
        verdict.fail(line + " " + field("labelling", "dynamic") + " " + field("relabel", relabel) +
                     " " +
                     field("reason",
                           "dynamic label without relabelling: the images do not get "
                           "the guest's categories"));
    } else if (label->type == "dynamic") {
        verdict.pass(line + " " + field("labelling", "dynamic") + " " + field("relabel", relabel));
    } else if (label->type == "static") {
        verdict.pass(line + " " + field("labelling", "static") + " " + field("deliberate", "yes") +
                     " " + field("label", label->label) + " " + field("relabel", relabel));
    } else {
        verdict.error(line + " " + field("seclabel_type", label->type) + " " +
                      field("reason", "unknown seclabel type"));
    }
}

// S02, guide 4.4.2: no guest, persistent or live, opts out of sVirt confinement.
Verdict svirt_confined(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    if (snapshot.inventory.guests.empty()) return std::move(verdict).finish();
    if (!require_selinux(snapshot, "no guest is confined by sVirt", verdict))
        return std::move(verdict).finish();
    const DefaultConfinement fallback = default_confinement(snapshot);
    for (const facts::Guest& guest : snapshot.inventory.guests)
        for_each_definition(guest, [&](const char* kind, const model::DomainDef& def) {
            const std::string line = field("guest", guest.name) + " " + field("definition", kind);
            judge_confinement(line, std::string_view(kind) == "live", def, fallback, verdict);
        });
    return std::move(verdict).finish();
}

}  // namespace

void add_svirt_checks(Registry& registry) {
    registry.add({"guest_svirt_confined",
                  facts::kNeedGuests | facts::kNeedSelinuxState | facts::kNeedQemuConf,
                  svirt_confined});
    registry.add({"guest_svirt_process_label",
                  facts::kNeedGuests | facts::kNeedSelinuxState | facts::kNeedProcessLabels,
                  svirt_process_labels});
}

}  // namespace oscapvirt::checks
