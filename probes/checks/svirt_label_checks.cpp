// Guide ch. 4 and 2.1.2: the SELinux labels of guest images and of the directories holding them.
#include <map>
#include <set>
#include <variant>

#include "checks/guest_helpers.h"
#include "checks/registry.h"
#include "checks/selinux_helpers.h"
#include "model/guest_files.h"

namespace oscapvirt::checks {
namespace {

using model::FileUse;
using model::SelinuxContext;
using State = facts::FileLabel::State;

constexpr const char* kImageType = "svirt_image_t";

// The labels a guest's files may carry, derived from the guest's own label.
struct Expectation {
    std::string private_type = kImageType;  // the type of <imagelabel> when the guest names one
    model::MlsRange range;                  // the guest's own MCS range
};

std::string private_label(const Expectation& expect) {
    return expect.private_type + ":" + expect.range.to_string();
}

// The guest's expectation from its own range, or why there is none.
std::variant<Expectation, std::string> expectation_for(const model::DomainDef& def,
                                                       const model::MlsRange& range) {
    Expectation expect;
    expect.range = range;
    const model::SecLabel* seclabel = model::selinux_seclabel(def);
    if (!seclabel || seclabel->image_label.empty()) return expect;
    auto parsed = model::parse_selinux_context(seclabel->image_label);
    if (auto* err = std::get_if<model::ParseError>(&parsed))
        return "unparsable <imagelabel>: " + err->describe();
    expect.private_type = std::get<SelinuxContext>(parsed).type;
    return expect;
}

bool is_content_type(const std::string& type) {
    return type == "svirt_content_t" || type == "virt_content_t";
}

bool has_categories(const SelinuxContext& context) {
    return context.range &&
           (!context.range->low.categories.empty() || !context.range->high.categories.empty());
}

// Empty when `label` is right for `file` (guide 4.4.1, table 4.2); otherwise what is expected.
std::string mismatch(const model::GuestFile& file, const SelinuxContext& label,
                     const Expectation& expect) {
    if (file.selinux_label && !file.selinux_label->label.empty()) {
        // The disk names its own label: libvirt applies exactly that one.
        auto own = model::parse_selinux_context(file.selinux_label->label);
        if (auto* err = std::get_if<model::ParseError>(&own))
            return "the disk's own <label> is unparsable: " + err->describe();
        return label == std::get<SelinuxContext>(own) ? "" : "not the disk's own <label>";
    }
    const bool own = label.type == expect.private_type && label.range == expect.range;
    switch (file.use) {
        case FileUse::PrivateImage:
            return own ? "" : "not the guest's own private label";
        case FileUse::SharedImage:
            return label.type == kImageType && is_plain_s0(label)
                       ? ""
                       : "a shareable disk needs the shared label of all guests";
        case FileUse::ReadOnlyContent:
            return own || is_content_type(label.type)
                       ? ""
                       : "read-only content needs a content label or the guest's own";
        case FileUse::Firmware:
            // libvirt leaves the loader's label alone; only another guest's image label is wrong.
            return label.type == kImageType && has_categories(label) && !own
                       ? "carries another guest's private image label"
                       : "";
    }
    return "";
}

// What `file` must carry, for the evidence.
std::string expected_text(const model::GuestFile& file, const Expectation& expect) {
    if (file.selinux_label && !file.selinux_label->label.empty()) return file.selinux_label->label;
    switch (file.use) {
        case FileUse::PrivateImage:
            return private_label(expect);
        case FileUse::SharedImage:
            return "svirt_image_t:s0";
        case FileUse::ReadOnlyContent:
            return "svirt_content_t|virt_content_t|" + private_label(expect);
        case FileUse::Firmware:
            return "any but another guest's image label";
    }
    return "";
}

std::string file_line(const std::string& who, const model::GuestFile& file,
                      const Expectation& expect) {
    std::string line = who + " " + field("file", file.path.empty() ? "?" : file.path) + " " +
                       field("role", file.role) + " " + field("use", model::use_name(file.use)) +
                       " " + field("expected", expected_text(file, expect));
    if (file.selinux_label && !file.selinux_label->relabel) line += " " + field("relabel", "no");
    return line;
}

// Judges one file of a guest. A file that is missing is an error while the guest runs (it was
// removed during the scan, or the root does not show it) and is only noted otherwise.
void judge_file(const std::string& who, const model::GuestFile& file, bool guest_running,
                const facts::Snapshot& snapshot, const Expectation& expect,
                VerdictBuilder& verdict) {
    const std::string line = file_line(who, file, expect);
    if (!file.unresolved.empty()) {
        verdict.unknown(line + " " + field("reason", file.unresolved));
        return;
    }
    const facts::FileLabelReading* reading = label_of(snapshot, file.path);
    if (!reading || !*reading) {
        verdict.error(
            Evidence(line).because(reading ? reading->error() : facts::not_collected(file.path)));
        return;
    }
    const facts::FileLabel* label = &**reading;
    switch (label->state) {
        case State::Missing:
            if (guest_running)
                verdict.error(line + " " + field("reason", "no such file"));
            else
                verdict.note(line + " " + field("label", "missing"));
            return;
        case State::Unlabelled:
            verdict.fail(line + " " + field("label", "none") + " " +
                         field("reason", "the file carries no SELinux label"));
            return;
        case State::Labelled:
            break;
    }
    if (!label->context) {
        verdict.error(Evidence(line).add("label", label->raw).because(label->context.error()));
        return;
    }
    const std::string with_label = line + " " + field("label", label->context->to_string());
    const std::string wrong = mismatch(file, *label->context, expect);
    if (wrong.empty())
        verdict.pass(with_label);
    else
        verdict.fail(with_label + " " + field("reason", wrong));
}

void note_pool_problems(const facts::Snapshot& snapshot, VerdictBuilder& verdict) {
    for (const facts::Problem& problem : snapshot.storage_pool_problems)
        verdict.note(Evidence("object", problem.subject).add("problem", problem.reason));
}

// ---------------------------------------------------------------------------------------------
// S04

// The guest's process label as the expectation for its files, or an error/fail line written.
std::optional<Expectation> running_expectation(const facts::Snapshot& snapshot,
                                               const facts::Guest& guest, const std::string& who,
                                               VerdictBuilder& verdict) {
    const facts::LabelReading label = facts::process_label(snapshot, guest);
    if (!label) {
        verdict.error(Evidence(who).because(label.error()));
        return std::nullopt;
    }
    const SelinuxContext& process = *label;
    if (!process.mcs_pair()) {
        verdict.fail(who + " " + field("process_label", process.to_string()) + " " +
                     field("reason",
                           "the process has no MCS pair of its own, so no image is "
                           "reserved to it"));
        return std::nullopt;
    }
    auto expect = expectation_for(*guest.live, *process.range);
    if (auto* why = std::get_if<std::string>(&expect)) {
        verdict.error(who + " " + field("reason", *why));
        return std::nullopt;
    }
    return std::get<Expectation>(expect);
}

// S04, guide 4.4.1-4.4.2: each running guest's files carry its own MCS pair (or sVirt's shared
// and read-only labels where the disk is shareable or read-only).
Verdict svirt_image_labels(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    note_pool_problems(snapshot, verdict);
    bool any_running = false;
    for (const facts::Guest& guest : snapshot.inventory.guests) any_running |= guest.running();
    if (!any_running) return std::move(verdict).finish();
    if (!require_selinux(snapshot, "no guest image is protected by an sVirt label", verdict))
        return std::move(verdict).finish();
    const model::PoolTargets pools = model::pool_targets(snapshot.storage_pools);
    for (const facts::Guest& guest : snapshot.inventory.guests) {
        if (!guest.running()) continue;
        const std::string who =
            field("guest", guest.name) + " " + field("pid", std::to_string(guest.pid));
        const auto expect = running_expectation(snapshot, guest, who, verdict);
        if (!expect) continue;
        const auto files = model::guest_files(*guest.live, pools);
        if (files.empty()) verdict.note(who + " " + field("files", "none"));
        for (const model::GuestFile& file : files)
            judge_file(who, file, true, snapshot, *expect, verdict);
    }
    return std::move(verdict).finish();
}

// ---------------------------------------------------------------------------------------------
// S05

// The definition that decides a guest's label: the live one while it runs.
const model::DomainDef& effective_def(const facts::Guest& guest) {
    return guest.live ? *guest.live : *guest.persistent;
}

struct StaticGuest {
    const facts::Guest* guest;
    const model::SecLabel* seclabel;
    SelinuxContext context;
};

bool is_static(const model::SecLabel* seclabel) { return seclabel && seclabel->type == "static"; }

// Guests by MCS range: static labels and the process labels of running guests. Keyed by the
// guest's entry in the inventory, never by name: two guests of one name (a reported conflict)
// sharing a range share it, while a static guest's own running process does not.
using RangeOwners = std::set<const facts::Guest*>;

std::map<std::string, RangeOwners> guests_by_range(const facts::Snapshot& snapshot,
                                                   const std::vector<StaticGuest>& statics) {
    std::map<std::string, RangeOwners> owners;
    for (const StaticGuest& item : statics)
        if (item.context.range) owners[item.context.range->to_string()].insert(item.guest);
    for (const facts::Guest& guest : snapshot.inventory.guests)
        if (const facts::LabelReading label = facts::process_label(snapshot, guest);
            guest.running() && label && label->range)
            owners[label->range->to_string()].insert(&guest);
    return owners;
}

std::string others(const RangeOwners& owners, const facts::Guest& self) {
    std::string text;
    for (const facts::Guest* other : owners)
        if (other != &self) text += (text.empty() ? "" : ",") + other->name;
    return text;
}

// Every local file of the guest, persistent and live, once.
std::vector<model::GuestFile> all_files(const facts::Guest& guest,
                                        const model::PoolTargets& pools) {
    std::vector<model::GuestFile> files;
    std::set<std::string> seen;
    for (const auto& def : {guest.persistent, guest.live})
        if (def)
            for (model::GuestFile& file : model::guest_files(*def, pools))
                if (seen.insert(file.path + "\n" + file.role).second)
                    files.push_back(std::move(file));
    return files;
}

// Sorts the guests into static ones (returned) and reports the others.
std::vector<StaticGuest> static_guests(const facts::Snapshot& snapshot, VerdictBuilder& verdict) {
    std::vector<StaticGuest> statics;
    for (const facts::Guest& guest : snapshot.inventory.guests) {
        if (!guest.live && !guest.persistent) continue;
        const model::SecLabel* seclabel = model::selinux_seclabel(effective_def(guest));
        const std::string line = field("guest", guest.name);
        if (!is_static(seclabel)) {
            const bool dynamic = seclabel && seclabel->type == "dynamic";
            if (dynamic || !seclabel)
                verdict.pass(line + " " + field("labelling", "dynamic"));
            else
                verdict.note(line + " " + field("labelling", seclabel->type));
            continue;
        }
        auto parsed = model::parse_selinux_context(seclabel->label);
        if (auto* err = std::get_if<model::ParseError>(&parsed)) {
            verdict.error(line + " " + field("labelling", "static") + " " +
                          field("label", seclabel->label) + " " +
                          field("reason", "unparsable static label: " + err->describe()));
            continue;
        }
        statics.push_back({&guest, seclabel, std::get<SelinuxContext>(std::move(parsed))});
    }
    return statics;
}

// S05, guide 4.4.4-4.4.5: static labels are unique, and where libvirt does not relabel, the
// images carry the static label.
Verdict svirt_static_labels(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    note_pool_problems(snapshot, verdict);
    if (snapshot.inventory.guests.empty()) return std::move(verdict).finish();
    if (!require_selinux(snapshot, "static labels confine nothing", verdict))
        return std::move(verdict).finish();
    const std::vector<StaticGuest> statics = static_guests(snapshot, verdict);
    const auto owners = guests_by_range(snapshot, statics);
    const model::PoolTargets pools = model::pool_targets(snapshot.storage_pools);
    for (const StaticGuest& item : statics) {
        const std::string& name = item.guest->name;
        const std::string line = field("guest", name) + " " + field("labelling", "static") + " " +
                                 field("label", item.context.to_string()) + " " +
                                 field("relabel", item.seclabel->relabel ? "yes" : "no");
        if (!has_categories(item.context)) {
            verdict.fail(line + " " +
                         field("reason",
                               "no MCS categories: every guest may open "
                               "what this guest may"));
            continue;
        }
        const std::string range = item.context.range->to_string();
        if (const std::string shared = others(owners.at(range), *item.guest); !shared.empty()) {
            verdict.fail(line + " " + field("reason", "MCS " + range + " also used by " + shared));
            continue;
        }
        verdict.pass(line);
        if (item.seclabel->relabel) continue;  // libvirt labels the images at start (S04)
        auto expect = expectation_for(effective_def(*item.guest), *item.context.range);
        if (auto* why = std::get_if<std::string>(&expect)) {
            verdict.error(field("guest", name) + " " + field("reason", *why));
            continue;
        }
        for (const model::GuestFile& file : all_files(*item.guest, pools))
            judge_file(field("guest", name), file, item.guest->running(), snapshot,
                       std::get<Expectation>(expect), verdict);
    }
    return std::move(verdict).finish();
}

// ---------------------------------------------------------------------------------------------
// S06

// Why a file that no running guest uses may keep an MCS label, by file identity.
std::map<std::string, std::string> deliberate_labels(const facts::Snapshot& snapshot,
                                                     const model::PoolTargets& pools) {
    std::map<std::string, std::string> reasons;
    for (const facts::Guest& guest : snapshot.inventory.guests) {
        if (!guest.live && !guest.persistent) continue;
        const model::SecLabel* seclabel = model::selinux_seclabel(effective_def(guest));
        const bool static_kept = is_static(seclabel) && !seclabel->relabel;
        for (const model::GuestFile& file : all_files(guest, pools)) {
            const std::string id = identity_of(label_of(snapshot, file.path), file.path);
            if (static_kept)
                reasons[id] =
                    "static label of guest " + guest.name + ", kept by design (relabel='no')";
            else if (file.selinux_label && !file.selinux_label->relabel)
                reasons[id] = "the disk of guest " + guest.name +
                              " says relabel='no': its label is "
                              "the administrator's";
        }
    }
    return reasons;
}

// Files running guests use, by identity, with the guest.
std::map<std::string, std::string> files_in_use(const facts::Snapshot& snapshot,
                                                const model::PoolTargets& pools) {
    std::map<std::string, std::string> users;
    for (const facts::Guest& guest : snapshot.inventory.guests)
        if (guest.running())
            for (const model::GuestFile& file : model::guest_files(*guest.live, pools))
                users[identity_of(label_of(snapshot, file.path), file.path)] = guest.name;
    return users;
}

// Every image the host has, by identity: guest files and the files of image directories.
std::map<std::string, std::string> all_images(const facts::Snapshot& snapshot,
                                              const model::PoolTargets& pools,
                                              VerdictBuilder& verdict) {
    std::map<std::string, std::string> images;
    auto add = [&](const std::string& path) {
        images.emplace(identity_of(label_of(snapshot, path), path), path);
    };
    for (const facts::Guest& guest : snapshot.inventory.guests)
        for (const model::GuestFile& file : all_files(guest, pools))
            if (!file.path.empty()) add(file.path);
    for (const auto& [dir, listing] : snapshot.pool_files) {
        if (!listing) {
            verdict.error(Evidence("directory", dir).because(listing.error()));
            continue;
        }
        if (*listing)
            for (const std::string& path : **listing) add(path);
    }
    return images;
}

std::string running_owner(const facts::Snapshot& snapshot, const SelinuxContext& label) {
    for (const facts::Guest& guest : snapshot.inventory.guests)
        if (const facts::LabelReading process = facts::process_label(snapshot, guest);
            guest.running() && process && process->range == label.range)
            return guest.name;
    return "";
}

void judge_unused_image(const std::string& path, const facts::FileLabel& label,
                        const std::map<std::string, std::string>& deliberate, const std::string& id,
                        const facts::Snapshot& snapshot, VerdictBuilder& verdict) {
    const std::string line = field("file", path) + " " + field("label", label_text(label));
    switch (label.state) {
        case State::Missing:
            return;  // a defined guest's image that does not exist keeps nothing
        case State::Unlabelled:
            verdict.pass(line);
            return;
        case State::Labelled:
            break;
    }
    if (!label.context) {
        verdict.error(Evidence(line).because(label.context.error()));
        return;
    }
    const SelinuxContext& context = *label.context;
    if (context.type != kImageType || !has_categories(context)) {
        verdict.pass(line);
    } else if (const auto reason = deliberate.find(id); reason != deliberate.end()) {
        verdict.pass(line + " " + field("kept", reason->second));
    } else if (const std::string owner = running_owner(snapshot, context); !owner.empty()) {
        verdict.fail(line + " " +
                     field("reason", "no running guest uses it, yet running guest " + owner +
                                         " may open it through its MCS label"));
    } else {
        verdict.fail(line + " " +
                     field("reason", "stale sVirt MCS label: no running guest uses it"));
    }
}

// S06, guide 4.4.1: an image no running guest uses keeps no guest's private label, which would
// let whichever guest next gets that MCS pair open it.
Verdict svirt_stale_image_labels(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    for (const facts::Problem& problem : snapshot.storage_pool_problems)
        verdict.error(unreadable(problem));
    if (!require_selinux(snapshot, "image labels protect nothing", verdict))
        return std::move(verdict).finish();
    const model::PoolTargets pools = model::pool_targets(snapshot.storage_pools);
    const auto in_use = files_in_use(snapshot, pools);
    const auto deliberate = deliberate_labels(snapshot, pools);
    for (const auto& [id, path] : all_images(snapshot, pools, verdict)) {
        if (in_use.count(id)) continue;  // judged against its guest by guest_svirt_image_labels
        const facts::FileLabelReading* label = label_of(snapshot, path);
        if (!label || !*label)
            verdict.error(Evidence("file", path)
                              .because(label ? label->error() : facts::not_collected(path)));
        else
            judge_unused_image(path, **label, deliberate, id, snapshot, verdict);
    }
    return std::move(verdict).finish();
}

// ---------------------------------------------------------------------------------------------
// H16

void judge_image_dir(const std::string& line, const std::string& path,
                     const facts::Snapshot& snapshot, VerdictBuilder& verdict) {
    const facts::FileLabelReading* reading = label_of(snapshot, path);
    if (!reading || !*reading) {
        verdict.error(
            Evidence(line).because(reading ? reading->error() : facts::not_collected(path)));
        return;
    }
    const facts::FileLabel* label = &**reading;
    const std::string with_label = line + " " + field("label", label_text(*label));
    switch (label->state) {
        case State::Missing:
            verdict.note(with_label);
            return;
        case State::Unlabelled:
            verdict.fail(with_label + " " + field("reason", "no SELinux label"));
            return;
        case State::Labelled:
            break;
    }
    if (!label->context) {
        verdict.error(Evidence(with_label).because(label->context.error()));
        return;
    }
    if (label->context->type == "virt_image_t")
        verdict.pass(with_label);
    else
        verdict.fail(with_label + " " + field("reason", "expected type virt_image_t"));
}

// H16, guide 2.1.2-2.1.3: where guest images are stored is labelled virt_image_t, so that
// new images get a label confined guests can be given and nothing else may use.
Verdict image_dir_labels(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    for (const facts::Problem& problem : snapshot.storage_pool_problems)
        verdict.error(unreadable(problem));
    if (!require_selinux(snapshot, "image directories are not protected by labels", verdict))
        return std::move(verdict).finish();
    std::set<std::string> judged;
    for (const model::StoragePool& pool : snapshot.storage_pools) {
        const std::string line = field("pool", pool.name) + " " + field("type", pool.type);
        // netfs and device pools get their labels from the mount or the device, not the directory.
        if (pool.type != "dir" && pool.type != "fs") {
            verdict.note(line + " " + field("judged", "no") + " " +
                         field("path", pool.target_path));
            continue;
        }
        if (pool.target_path.empty()) {
            verdict.error(line + " " + field("reason", "pool has no <target><path>"));
            continue;
        }
        const std::string path = model::without_trailing_slashes(pool.target_path);
        judged.insert(path);
        judge_image_dir(line + " " + field("path", path), path, snapshot, verdict);
    }
    if (!judged.count(facts::kDefaultImageDir))
        judge_image_dir(
            field("pool", "(default directory)") + " " + field("path", facts::kDefaultImageDir),
            facts::kDefaultImageDir, snapshot, verdict);
    return std::move(verdict).finish();
}

}  // namespace

void add_svirt_label_checks(Registry& registry) {
    constexpr unsigned kImages = facts::kNeedGuests | facts::kNeedSelinuxState |
                                 facts::kNeedStoragePools | facts::kNeedFileLabels;
    registry.add(
        {"guest_svirt_image_labels", kImages | facts::kNeedProcessLabels, svirt_image_labels});
    registry.add(
        {"guest_svirt_static_labels", kImages | facts::kNeedProcessLabels, svirt_static_labels});
    registry.add({"svirt_stale_image_labels",
                  kImages | facts::kNeedProcessLabels | facts::kNeedPoolFiles,
                  svirt_stale_image_labels});
    registry.add({"image_dir_labels",
                  facts::kNeedSelinuxState | facts::kNeedStoragePools | facts::kNeedPoolLabels,
                  image_dir_labels});
}

}  // namespace oscapvirt::checks
