// sVirt with libvirt's AppArmor security driver (recommendations A01-A05, mirroring S01-S04):
// how libvirt (src/security/security_apparmor.c, security_driver.c) and virt-aa-helper
// (src/security/virt-aa-helper.c) confine guests on Debian/Ubuntu hosts.
#include <algorithm>
#include <optional>
#include <set>

#include "checks/guest_helpers.h"
#include "checks/registry.h"
#include "facts/apparmor_facts.h"
#include "model/guest_files.h"

namespace oscapvirt::checks {
namespace {

// A <seclabel> for AppArmor: model "apparmor", or no model (libvirt gives it to its first
// security driver, AppArmor on an AppArmor host).
bool is_apparmor_seclabel(const model::SecLabel& label) {
    return label.model.empty() || label.model == "apparmor";
}

const model::SecLabel* apparmor_seclabel(const model::DomainDef& def) {
    for (const model::SecLabel& label : def.seclabels)
        if (is_apparmor_seclabel(label)) return &label;
    return nullptr;
}

// A <seclabel> that switches confinement off: model 'none', or type 'none' for AppArmor.
const model::SecLabel* disabling_seclabel(const model::DomainDef& def) {
    for (const model::SecLabel& label : def.seclabels)
        if (label.model == "none" || (label.type == "none" && is_apparmor_seclabel(label)))
            return &label;
    return nullptr;
}

// Records why AppArmor's state is unknown (error) and returns nullptr, or returns the state.
const facts::AppArmorState* apparmor_state(const facts::Snapshot& snapshot,
                                           VerdictBuilder& verdict) {
    if (!snapshot.apparmor) {
        verdict.error(unreadable(snapshot.apparmor.error()));
        return nullptr;
    }
    return &*snapshot.apparmor;
}

std::string apparmor_off_reason(const facts::AppArmorState& state) {
    if (!state.built_in && !state.enabled)
        return "the kernel has no AppArmor (/sys/module/apparmor absent)";
    if (!state.enabled)
        return "AppArmor is disabled (/sys/module/apparmor/parameters/enabled is N)";
    return "no loaded-profiles list (/sys/kernel/security/apparmor/profiles absent)";
}

const model::AppArmorProfileState* loaded_profile(const facts::AppArmorState& state,
                                                  const std::string& name) {
    if (!state.loaded) return nullptr;
    for (const auto& profile : *state.loaded)
        if (profile.name == name) return &profile;
    return nullptr;
}

const facts::AppArmorPolicyFile* policy_file(const facts::Snapshot& snapshot,
                                             const std::string& path) {
    const auto found = snapshot.apparmor_policy.find(path);
    return found == snapshot.apparmor_policy.end() ? nullptr : &found->second;
}

// The file is there, whether it could be read or not.
bool present(const facts::AppArmorPolicyFile* file) { return file && (!*file || file->value()); }

// Its policy; nullptr when it is absent or unusable.
const model::AppArmorPolicyText* policy_of(const facts::AppArmorPolicyFile* file) {
    return file && *file && file->value() ? &*file->value() : nullptr;
}

// ---- A01 ------------------------------------------------------------------------------------

// libvirt's use_apparmor(): the daemon's own profile is loaded (libvirt searches the listing
// for "<exe> " and then "libvirtd " as substrings, in any mode).
bool daemon_profile_loaded(const facts::AppArmorState& state) {
    if (!state.loaded) return false;
    for (const auto& profile : *state.loaded) {
        const std::string line = profile.name + " (" + profile.mode + ")";
        for (const char* needle : {"/usr/sbin/libvirtd ", "/usr/sbin/virtqemud ", "libvirtd "})
            if (line.find(needle) != std::string::npos) return true;
    }
    return false;
}

void judge_apparmor_enforcing(const facts::AppArmorState& state, VerdictBuilder& verdict) {
    if (!state.active()) {
        verdict.fail(field("apparmor", "inactive") + " " +
                     field("reason", apparmor_off_reason(state)));
    } else if (!state.mode.empty() && state.mode != "enforce") {
        verdict.fail(field("apparmor", "enabled") + " " + field("mode", state.mode) + " " +
                     field("reason", "profiles default to " + state.mode + " mode, not enforce"));
    } else {
        verdict.pass(field("apparmor", "enabled") + " " +
                     field("mode", state.mode.empty() ? "per-profile" : state.mode) + " " +
                     field("loaded_profiles", std::to_string(state.loaded->size())));
    }
}

// The security driver libvirt's QEMU driver confines guests with.
struct DriverChoice {
    std::string evidence;  // security_driver=... from=... / picks=...
    bool apparmor = false;
    std::string reason;  // why not AppArmor
    std::string error;   // qemu.conf unusable
};

DriverChoice choose_driver(const facts::Snapshot& snapshot, const facts::AppArmorState& state,
                           const model::ConfFile& conf) {
    const auto drivers = conf.string_or_list("security_driver");
    if (drivers.invalid())
        return {field("security_driver", "invalid"), false, "",
                describe_problem("security_driver", drivers)};
    if (drivers.present() && !drivers.value.empty()) {
        std::string names;
        for (const std::string& name : drivers.value) names += (names.empty() ? "" : ",") + name;
        const bool apparmor = std::find(drivers.value.begin(), drivers.value.end(), "apparmor") !=
                              drivers.value.end();
        return {field("security_driver", names) + " " + field("from", "qemu.conf"), apparmor,
                "qemu.conf security_driver leaves out apparmor", ""};
    }
    // No driver named: libvirt probes SELinux, then AppArmor, then falls back to none
    // (security_driver.c virSecurityDriverLookup; AppArmorSecurityManagerProbe).
    const std::string unset = field("security_driver", "unset");
    if (snapshot.selinux && snapshot.selinux->enabled)
        return {unset + " " + field("picks", "selinux"), false,
                "SELinux is enabled, so libvirt picks it before AppArmor", ""};
    const auto* qemu_template = policy_file(snapshot, facts::kAppArmorTemplate);
    std::string missing;
    if (!state.active())
        missing = apparmor_off_reason(state);
    else if (!daemon_profile_loaded(state))
        missing = "libvirtd runs without a loaded AppArmor profile";
    else if (!present(qemu_template))
        missing = std::string(facts::kAppArmorTemplate) + " missing";
    else if (!snapshot.apparmor_lxc_template)
        missing = std::string(facts::kAppArmorLxcTemplate) + " missing";
    if (missing.empty())
        return {unset + " " + field("picks", "apparmor") + " " +
                    field("from", "libvirt default (libvirtd profile loaded, templates present)"),
                true, "", ""};
    return {unset + " " + field("picks", "none"), false,
            "libvirt's AppArmor probe fails: " + missing, ""};
}

void judge_driver(const facts::Snapshot& snapshot, const facts::AppArmorState& state,
                  const model::ConfFile& conf, VerdictBuilder& verdict) {
    const DriverChoice choice = choose_driver(snapshot, state, conf);
    if (!choice.error.empty())
        verdict.error(choice.evidence + " " + field("reason", choice.error));
    else if (choice.apparmor)
        verdict.pass(choice.evidence);
    else
        verdict.fail(choice.evidence + " " + field("reason", choice.reason));
}

void judge_confined_settings(const model::ConfFile& conf, VerdictBuilder& verdict) {
    const auto confined = conf.boolean("security_default_confined");
    if (confined.invalid())
        verdict.error(field("security_default_confined", "invalid") + " " +
                      field("reason", describe_problem("security_default_confined", confined)));
    else if (confined.present() && !confined.value)
        verdict.fail(field("security_default_confined", "0") + " " +
                     field("reason", "guests without a seclabel run unconfined"));
    else
        verdict.pass(field("security_default_confined", confined.present() ? "1" : "unset (1)"));

    const auto required = conf.boolean("security_require_confined");
    if (required.invalid())
        verdict.error(field("security_require_confined", "invalid") + " " +
                      field("reason", describe_problem("security_require_confined", required)));
    else if (!required.present() || !required.value)
        verdict.fail(field("security_require_confined", required.present() ? "0" : "unset (0)") +
                     " " + field("reason", "libvirt starts guests that ask to run unconfined"));
    else
        verdict.pass(field("security_require_confined", "1"));
}

// A01 (S01): libvirt's QEMU driver confines guests with AppArmor, and AppArmor enforces.
Verdict qemu_apparmor_driver(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    const facts::AppArmorState* state = apparmor_state(snapshot, verdict);
    if (!state) return std::move(verdict).finish();
    judge_apparmor_enforcing(*state, verdict);
    if (!snapshot.qemu_conf) {
        verdict.error(unreadable(snapshot.qemu_conf.error()));
        return std::move(verdict).finish();
    }
    judge_driver(snapshot, *state, *snapshot.qemu_conf, verdict);
    judge_confined_settings(*snapshot.qemu_conf, verdict);
    return std::move(verdict).finish();
}

// ---- A02 ------------------------------------------------------------------------------------

// Whether libvirt confines a guest whose definition names no AppArmor label: qemu.conf decides.
struct DefaultConfinement {
    bool confined = false;
    std::string why;
    std::optional<facts::ReadError> error;  // set when the default could not be judged
};

DefaultConfinement default_confinement(const facts::Snapshot& snapshot) {
    if (!snapshot.qemu_conf) return {false, "", snapshot.qemu_conf.error()};
    if (!snapshot.apparmor) return {false, "", snapshot.apparmor.error()};
    const DriverChoice choice = choose_driver(snapshot, *snapshot.apparmor, *snapshot.qemu_conf);
    if (!choice.error.empty()) return {false, "", facts::ReadError{"", choice.error}};
    if (!choice.apparmor) return {false, choice.reason, std::nullopt};
    const auto confined = snapshot.qemu_conf->boolean("security_default_confined");
    if (confined.invalid())
        return {false, "",
                facts::ReadError{"", describe_problem("security_default_confined", confined)}};
    if (confined.present() && !confined.value)
        return {false, "qemu.conf security_default_confined = 0", std::nullopt};
    return {true, "libvirt default (dynamic profile libvirt-<uuid>)", std::nullopt};
}

// The per-guest profile a running guest needs, as virt-aa-helper writes it.
void judge_profile_files(const facts::Snapshot& snapshot, const std::string& line,
                         const std::string& profile, VerdictBuilder& verdict) {
    const std::string path = facts::guest_profile_path(profile);
    const auto* file = policy_file(snapshot, path);
    const auto* files = policy_file(snapshot, facts::guest_files_path(profile));
    const std::string where = line + " " + field("profile", path);
    if (!present(file)) {
        verdict.fail(where + " " + field("reason", "per-guest profile missing"));
    } else if (!*file) {
        verdict.error(Evidence(where).because(file->error()));
    } else if (std::find(policy_of(file)->profiles.begin(), policy_of(file)->profiles.end(),
                         profile) == policy_of(file)->profiles.end()) {
        verdict.fail(where + " " + field("reason", "the file declares no profile " + profile));
    } else if (!present(files)) {
        verdict.fail(where + " " +
                     field("reason", "files list " + facts::guest_files_path(profile) +
                                         " missing: the guest may open none of its images"));
    } else if (!*files) {
        verdict.error(Evidence(where).because(files->error()));
    } else {
        verdict.pass(where + " " + field("labelling", "dynamic"));
    }
}

void judge_guest_confinement(const facts::Snapshot& snapshot, const facts::Guest& guest,
                             const char* kind, const model::DomainDef& def,
                             const DefaultConfinement& fallback, VerdictBuilder& verdict) {
    const bool live = std::string_view(kind) == "live";
    const std::string line = field("guest", guest.name) + " " + field("definition", kind);
    if (const model::SecLabel* off = disabling_seclabel(def)) {
        verdict.fail(line + " " + field("seclabel", "type=" + off->type + " model=" + off->model) +
                     " " + field("reason", "confinement switched off: the guest runs unconfined"));
        return;
    }
    const auto profile = facts::guest_profile_name(def.uuid);
    if (!profile) {
        verdict.error(line + " " + field("uuid", def.uuid) + " " +
                      field("reason", "not a libvirt uuid"));
        return;
    }
    const model::SecLabel* label = apparmor_seclabel(def);
    if (label && label->type == "static") {
        if (label->label == "unconfined" || label->label.empty())
            verdict.fail(
                line + " " + field("labelling", "static") + " " + field("label", label->label) +
                " " +
                field("reason", "static AppArmor label 'unconfined': the guest runs unconfined"));
        else
            verdict.pass(line + " " + field("labelling", "static") + " " +
                         field("deliberate", "yes") + " " + field("label", label->label));
        return;
    }
    if (label && label->type != "dynamic") {
        verdict.error(line + " " + field("seclabel_type", label->type) + " " +
                      field("reason", "unknown seclabel type"));
        return;
    }
    if (live) {
        // libvirt records the profile it applied in the live definition; none means none.
        if (!label)
            verdict.fail(line + " " + field("seclabel", "none") + " " +
                         field("reason", "running without an AppArmor label"));
        else
            judge_profile_files(snapshot, line, *profile, verdict);
        return;
    }
    if (label) {
        verdict.pass(line + " " + field("labelling", "dynamic") + " " + field("profile", *profile));
    } else if (fallback.error) {
        verdict.error(Evidence(line).add("seclabel", "none").because(*fallback.error));
    } else if (fallback.confined) {
        verdict.pass(line + " " + field("labelling", "dynamic") + " " +
                     field("from", fallback.why));
    } else {
        verdict.fail(line + " " + field("seclabel", "none") + " " +
                     field("reason", "unconfined: " + fallback.why));
    }
}

// A02 (S02): no guest opts out of AppArmor confinement; running guests have their profile.
Verdict guest_apparmor_confined(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    const DefaultConfinement fallback = default_confinement(snapshot);
    for_each_guest_definition(
        snapshot, [&](const facts::Guest& guest, const char* kind, const model::DomainDef& def) {
            judge_guest_confinement(snapshot, guest, kind, def, fallback, verdict);
        });
    return std::move(verdict).finish();
}

// ---- A03 ------------------------------------------------------------------------------------

// The profile a running guest must run under: its static label, else libvirt-<uuid>.
std::string expected_profile(const model::DomainDef& live, const model::SecLabel* label) {
    if (label && label->type == "static") return label->label;
    return facts::guest_profile_name(live.uuid).value_or("");
}

std::string judge_live_seclabel(const model::SecLabel* label, const std::string& expected) {
    if (!label) return "live definition has no AppArmor seclabel";
    if (label->type == "none") return "live seclabel type none";
    if (label->label != expected)
        return "live seclabel label " + label->label + " is not " + expected;
    return "";
}

// Running guests by the profile each must run under: a profile shared by two guests (static
// labels naming the same profile) separates neither from the other.
using ProfileUsers = std::map<std::string, std::set<std::string>>;

ProfileUsers profile_users(const facts::Snapshot& snapshot) {
    ProfileUsers users;
    for (const facts::Guest& guest : snapshot.inventory.guests)
        if (guest.running())
            users[expected_profile(*guest.live, apparmor_seclabel(*guest.live))].insert(guest.name);
    return users;
}

void judge_running_guest(const facts::Snapshot& snapshot, const facts::AppArmorState& state,
                         const ProfileUsers& users, const facts::Guest& guest,
                         VerdictBuilder& verdict) {
    const model::DomainDef& live = *guest.live;
    const std::string who =
        field("guest", guest.name) + " " + field("pid", std::to_string(guest.pid));
    const model::SecLabel* label = apparmor_seclabel(live);
    const std::string expected = expected_profile(live, label);
    if (expected.empty()) {
        verdict.error(who + " " + field("uuid", live.uuid) + " " +
                      field("reason", "not a libvirt uuid"));
        return;
    }
    const auto found = snapshot.apparmor_labels.find(guest.name);
    if (found == snapshot.apparmor_labels.end() || !found->second.label) {
        verdict.error(Evidence(who).because(found == snapshot.apparmor_labels.end()
                                                ? facts::not_collected("QEMU process")
                                                : found->second.label.error()));
        return;
    }
    const model::AppArmorLabel& process = *found->second.label;
    const std::string line =
        who + " " + field("label", process.to_string()) + " " + field("expected", expected);
    const auto* loaded = loaded_profile(state, expected);
    if (process.unconfined()) {
        verdict.fail(line + " " + field("reason", "QEMU runs unconfined"));
    } else if (process.profile != expected) {
        verdict.fail(line + " " + field("reason", "QEMU runs under another profile than its own"));
    } else if (process.mode != "enforce") {
        verdict.fail(line + " " +
                     field("reason", "profile in " + process.mode + " mode: nothing is enforced"));
    } else if (!loaded) {
        verdict.fail(
            line + " " +
            field("reason", "profile " + expected + " is not in the loaded-profiles list"));
    } else if (loaded->mode != "enforce") {
        verdict.fail(line + " " + field("loaded_mode", loaded->mode) + " " +
                     field("reason", "profile loaded in " + loaded->mode + " mode"));
    } else if (const std::string problem = judge_live_seclabel(label, expected); !problem.empty()) {
        verdict.fail(line + " " + field("reason", problem));
    } else if (const auto& sharing = users.at(expected); sharing.size() > 1) {
        std::string others;
        for (const std::string& name : sharing)
            if (name != guest.name) others += (others.empty() ? "" : ",") + name;
        verdict.fail(line + " " +
                     field("reason", "profile " + expected + " shared with " + others));
    } else {
        verdict.pass(line + " " + field("seclabel", "model=apparmor label=" + label->label));
    }
}

// A03 (S03): each running guest's QEMU runs under its own profile, loaded and enforcing.
Verdict guest_apparmor_process_label(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    const bool any_running =
        std::any_of(snapshot.inventory.guests.begin(), snapshot.inventory.guests.end(),
                    [](const facts::Guest& guest) { return guest.running(); });
    if (!any_running) return std::move(verdict).finish();
    const facts::AppArmorState* state = apparmor_state(snapshot, verdict);
    if (!state) return std::move(verdict).finish();
    if (!state->active()) {
        verdict.fail(
            field("apparmor", "inactive") + " " +
            field("reason", apparmor_off_reason(*state) + ": no running guest is confined"));
        return std::move(verdict).finish();
    }
    const ProfileUsers users = profile_users(snapshot);
    for (const facts::Guest& guest : snapshot.inventory.guests)
        if (guest.running()) judge_running_guest(snapshot, *state, users, guest, verdict);
    return std::move(verdict).finish();
}

// ---- A04 ------------------------------------------------------------------------------------

// Concrete paths that no rule shared by every guest may let QEMU write: each stands for a
// place whose write access gives a guest that breaks out of QEMU the host or other guests.
struct Probe {
    const char* path;
    const char* what;
};
constexpr Probe kProbes[] = {
    {"/oscap-virt-probe", "/ (any file at the top of the tree)"},
    {"/etc/shadow", "/etc"},
    {"/etc/libvirt/qemu.conf", "/etc"},
    {"/home/user/.ssh/authorized_keys", "/home"},
    {"/root/.ssh/authorized_keys", "/root"},
    {"/usr/sbin/libvirtd", "/usr"},
    {"/boot/vmlinuz", "/boot"},
    {"/var/lib/libvirt/images/oscap-virt-probe.qcow2", "every guest's images"},
    {"/dev/sda", "raw block devices"},
    {"/dev/sdb1", "raw block devices"},
    {"/dev/vda", "raw block devices"},
    {"/dev/xvda", "raw block devices"},
    {"/dev/hda", "raw block devices"},
    {"/dev/nvme0n1", "raw block devices"},
    {"/dev/nvme0n1p1", "raw block devices"},
    {"/dev/dm-0", "raw block devices"},
    {"/dev/mapper/vg0-root", "raw block devices"},
    {"/dev/vg0/root", "raw block devices"},
    {"/dev/md0", "raw block devices"},
    {"/dev/mmcblk0", "raw block devices"},
    {"/dev/loop0", "raw block devices"},
    {"/dev/disk/by-id/wwn-0x5000c500a1b2c3d4", "raw block devices"},
};

using Variables = std::map<std::string, std::vector<std::string>>;

// A rule's path as globs; an expansion error is reported by the caller.
model::Parsed<std::vector<std::string>> globs_of(const model::AppArmorFileRule& rule,
                                                 const Variables& vars) {
    return model::expand_apparmor_pattern(rule.path, vars);
}

bool any_glob_matches(const std::vector<std::string>& globs, const std::string& path) {
    return std::any_of(globs.begin(), globs.end(), [&](const std::string& glob) {
        return model::apparmor_glob_matches(glob, path);
    });
}

// The policy one guest's QEMU runs under, as far as its file writes go.
struct ProfileSet {
    std::vector<std::string> files;  // paths of the policy files, in reading order
    Variables variables;
    std::vector<std::vector<std::string>> deny_globs;  // of deny rules refusing writes
};

void add_with_includes(const facts::Snapshot& snapshot, const std::string& path, ProfileSet& set) {
    if (std::find(set.files.begin(), set.files.end(), path) != set.files.end()) return;
    const model::AppArmorPolicyText* policy = policy_of(policy_file(snapshot, path));
    if (!policy) return;
    set.files.push_back(path);
    for (const auto& [name, values] : policy->variables) set.variables[name] = values;
    for (const model::AppArmorInclude& include : policy->includes)
        if (auto target = facts::followed_include(include))
            add_with_includes(snapshot, *target, set);
}

// Adds the deny rules of set.files[from...].
void collect_denies(const facts::Snapshot& snapshot, ProfileSet& set, size_t from = 0) {
    for (size_t i = from; i < set.files.size(); ++i)
        for (const model::AppArmorFileRule& rule :
             policy_of(policy_file(snapshot, set.files[i]))->file_rules)
            if (rule.deny && rule.writes())
                if (auto globs = globs_of(rule, set.variables);
                    std::holds_alternative<std::vector<std::string>>(globs))
                    set.deny_globs.push_back(std::get<std::vector<std::string>>(globs));
}

bool denied(const ProfileSet& set, const std::string& path) {
    return std::any_of(
        set.deny_globs.begin(), set.deny_globs.end(),
        [&](const std::vector<std::string>& globs) { return any_glob_matches(globs, path); });
}

std::string rule_text(const model::AppArmorFileRule& rule) {
    return std::string(rule.owner ? "owner " : "") + rule.path + " " + rule.perms;
}

// A concrete path of a host block device among the globs (a guest's files list names the
// devices it was given literally), by the kernel's and device-mapper's naming.
const std::string* block_device_named(const std::vector<std::string>& globs) {
    static const std::vector<std::string> kDiskNames = {
        "/dev/sd",       "/dev/vd", "/dev/xvd",    "/dev/hd",   "/dev/nvme",
        "/dev/dm-",      "/dev/md", "/dev/mmcblk", "/dev/loop", "/dev/mapper/",
        "/dev/disk/by-", "/dev/zd", "/dev/rbd"};
    for (const std::string& glob : globs) {
        if (glob.find_first_of("*?[\\") != std::string::npos) continue;
        for (const std::string& name : kDiskNames)
            if (glob.size() > name.size() && glob.compare(0, name.size(), name) == 0) return &glob;
    }
    return nullptr;
}

// Writable images of every guest, by path (as named and as resolved): their owners.
using ImageOwners = std::map<std::string, std::set<std::string>>;

// The images a guest must not write: every guest's private images except its own files.
struct OtherImages {
    const ImageOwners& images;
    const std::string& self;
    const std::set<std::string>& own;

    // Another guest owning `path`, or nullptr when none does.
    const std::string* owner_of(const ImageOwners::value_type& entry) const {
        if (own.count(entry.first)) return nullptr;
        for (const std::string& owner : entry.second)
            if (owner != self) return &owner;
        return nullptr;
    }
};

// The first image of another guest a rule's globs match, with its owner. A glob without
// wildcards (what virt-aa-helper writes for disks) is looked up; only real patterns are
// matched against every image, so disk rules cost no scan of a host's thousands of images.
std::optional<std::pair<std::string, std::string>> other_image_written(
    const std::vector<std::string>& globs, const OtherImages& others) {
    for (const std::string& glob : globs) {
        if (glob.find_first_of("*?[\\") == std::string::npos) {
            const auto found = others.images.find(glob);
            if (found != others.images.end())
                if (const std::string* owner = others.owner_of(*found))
                    return std::make_pair(found->first, *owner);
            continue;
        }
        // Only images under the glob's literal prefix can match: a sorted range, not all.
        const std::string prefix = glob.substr(0, glob.find_first_of("*?[\\"));
        for (auto it = others.images.lower_bound(prefix);
             it != others.images.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it)
            if (model::apparmor_glob_matches(glob, it->first))
                if (const std::string* owner = others.owner_of(*it))
                    return std::make_pair(it->first, *owner);
    }
    return std::nullopt;
}

// Reports every writing rule of `path` that lets QEMU write a probe (or, through `extra`, a
// concrete path of another guest); rules for the guest's own files (`own`) are skipped.
// Returns the number of findings.
int judge_writes(const facts::Snapshot& snapshot, const std::string& prefix,
                 const std::string& path, const ProfileSet& set, const OtherImages* others,
                 VerdictBuilder& verdict) {
    int findings = 0;
    for (const model::AppArmorFileRule& rule : policy_of(policy_file(snapshot, path))->file_rules) {
        if (rule.deny || !rule.writes() || (others && others->own.count(rule.path))) continue;
        const std::string where = prefix + " " + field("file", path) + " " +
                                  field("line", std::to_string(rule.line)) + " " +
                                  field("rule", rule_text(rule));
        auto expanded = globs_of(rule, set.variables);
        if (auto* err = std::get_if<model::ParseError>(&expanded)) {
            verdict.error(where + " " + field("reason", err->describe()));
            ++findings;
            continue;
        }
        const auto& globs = std::get<std::vector<std::string>>(expanded);
        if (const std::string* device = block_device_named(globs); device && others) {
            verdict.fail(where + " " +
                         field("reason", "lets the guest write host block device " + *device +
                                             ", not one of its disks"));
            ++findings;
            continue;
        }
        for (const Probe& probe : kProbes)
            if (any_glob_matches(globs, probe.path) && !denied(set, probe.path)) {
                verdict.fail(where + " " +
                             field("reason", std::string("lets guests write ") + probe.what +
                                                 " (matches " + probe.path + ")"));
                ++findings;
                break;
            }
        if (const auto other = others ? other_image_written(globs, *others) : std::nullopt;
            other && !denied(set, other->first)) {
            verdict.fail(where + " " +
                         field("reason", "lets the guest write " + other->second + "'s image " +
                                             other->first));
            ++findings;
        }
    }
    return findings;
}

ImageOwners writable_images(const facts::Snapshot& snapshot) {
    const model::PoolTargets pools = model::pool_targets(snapshot.storage_pools);
    ImageOwners owners;
    for_each_guest_definition(
        snapshot, [&](const facts::Guest& guest, const char*, const model::DomainDef& def) {
            for (const model::GuestFile& file : model::guest_files(def, pools)) {
                if (file.path.empty() || file.use != model::FileUse::PrivateImage) continue;
                owners[file.path].insert(guest.name);
                const auto resolved = snapshot.resolved_paths.find(file.path);
                if (resolved != snapshot.resolved_paths.end())
                    owners[resolved->second].insert(guest.name);
            }
        });
    return owners;
}

std::set<std::string> own_paths(const facts::Snapshot& snapshot, const facts::Guest& guest) {
    const model::PoolTargets pools = model::pool_targets(snapshot.storage_pools);
    std::set<std::string> own;
    for_each_definition(guest, [&](const char*, const model::DomainDef& def) {
        for (const model::GuestFile& file : model::guest_files(def, pools)) {
            if (file.path.empty()) continue;
            own.insert(file.path);
            const auto resolved = snapshot.resolved_paths.find(file.path);
            if (resolved != snapshot.resolved_paths.end()) own.insert(resolved->second);
        }
    });
    return own;
}

bool report_unusable(const std::string& prefix, const std::string& path,
                     const facts::AppArmorPolicyFile* file, VerdictBuilder& verdict) {
    if (file && !*file) {
        verdict.error(Evidence(prefix).add("file", path).because(file->error()));
        return true;
    }
    return false;
}

// The template and the abstraction every guest's profile includes.
// Returns the shared policy's files, variables and denies, which every guest's set starts from.
ProfileSet judge_shared_policy(const facts::Snapshot& snapshot, VerdictBuilder& verdict) {
    ProfileSet set;
    set.variables = model::default_apparmor_variables();
    const std::string prefix = field("scope", "all-guests");
    const auto* qemu_template = policy_file(snapshot, facts::kAppArmorTemplate);
    if (!present(qemu_template)) {
        verdict.fail(prefix + " " + field("file", facts::kAppArmorTemplate) + " " +
                     field("reason", "template missing: libvirt cannot create guest profiles"));
        return set;
    }
    bool unusable = false;
    for (const auto& [path, file] : snapshot.apparmor_policy)
        if (path.rfind(std::string(facts::kAppArmorDir) + "/libvirt/libvirt-", 0) != 0)
            unusable |= report_unusable(prefix, path, &file, verdict);
    if (unusable) return set;
    add_with_includes(snapshot, facts::kAppArmorTemplate, set);
    add_with_includes(snapshot, facts::kAppArmorAbstraction, set);
    collect_denies(snapshot, set);
    int findings = 0;
    for (const std::string& path : set.files)
        findings += judge_writes(snapshot, prefix, path, set, nullptr, verdict);
    if (findings == 0) {
        std::string names;
        for (const std::string& path : set.files) names += (names.empty() ? "" : ",") + path;
        verdict.pass(prefix + " " + field("files", names) + " " + field("widened", "no"));
    }
    return set;
}

void judge_guest_policy(const facts::Snapshot& snapshot, const facts::Guest& guest,
                        const ProfileSet& shared, const ImageOwners& images,
                        VerdictBuilder& verdict) {
    std::set<std::string> profiles;
    for_each_definition(guest, [&](const char*, const model::DomainDef& def) {
        if (auto profile = facts::guest_profile_name(def.uuid)) profiles.insert(*profile);
    });
    for (const std::string& profile : profiles) {
        const std::string prefix = field("guest", guest.name) + " " + field("profile", profile);
        const std::string profile_path = facts::guest_profile_path(profile);
        const std::string files_path = facts::guest_files_path(profile);
        const auto* files = policy_file(snapshot, files_path);
        const auto* own_profile = policy_file(snapshot, profile_path);
        if (report_unusable(prefix, profile_path, own_profile, verdict) |
            report_unusable(prefix, files_path, files, verdict))
            continue;
        if (!present(files)) {
            verdict.note(
                prefix + " " + field("files", "none") + " " +
                field("detail", "no files list to judge (libvirt writes it while the guest runs)"));
            continue;
        }
        ProfileSet set = shared;
        const size_t first_own = set.files.size();
        if (present(own_profile)) add_with_includes(snapshot, profile_path, set);
        add_with_includes(snapshot, files_path, set);
        collect_denies(snapshot, set, first_own);
        const std::set<std::string> own = own_paths(snapshot, guest);
        const OtherImages others{images, guest.name, own};
        int findings = 0;
        if (present(own_profile))
            findings += judge_writes(snapshot, prefix, profile_path, set, &others, verdict);
        findings += judge_writes(snapshot, prefix, files_path, set, &others, verdict);
        if (findings == 0) {
            size_t writable = 0;
            for (const auto& rule : policy_of(files)->file_rules)
                writable += !rule.deny && rule.writes();
            verdict.pass(prefix + " " + field("files", files_path) + " " +
                         field("writable_rules", std::to_string(writable)) + " " +
                         field("others_images", "none"));
        }
    }
}

// A04 (S04): guests may write their own images only, and the shared policy is not widened.
Verdict guest_apparmor_image_access(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    const ProfileSet shared = judge_shared_policy(snapshot, verdict);
    const ImageOwners images = writable_images(snapshot);
    for (const facts::Guest& guest : snapshot.inventory.guests)
        judge_guest_policy(snapshot, guest, shared, images, verdict);
    return std::move(verdict).finish();
}

// ---- A05 ------------------------------------------------------------------------------------

// A05: the host confines guests with some MAC; a host with neither fails here, once.
Verdict host_mac_confines_guests(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    if (snapshot.selinux && snapshot.selinux->enabled) {
        verdict.pass(field("mac", "selinux") + " " +
                     field("mode", snapshot.selinux->enforcing ? "enforcing" : "permissive") + " " +
                     field("from", snapshot.selinux->how));
        return std::move(verdict).finish();
    }
    if (snapshot.apparmor && snapshot.apparmor->active()) {
        const auto& state = *snapshot.apparmor;
        verdict.pass(field("mac", "apparmor") + " " +
                     field("mode", state.mode.empty() ? "per-profile" : state.mode) + " " +
                     field("loaded_profiles", std::to_string(state.loaded->size())));
        return std::move(verdict).finish();
    }
    if (!snapshot.selinux) {
        verdict.error(unreadable(snapshot.selinux.error()));
        return std::move(verdict).finish();
    }
    if (!snapshot.apparmor) {
        verdict.error(unreadable(snapshot.apparmor.error()));
        return std::move(verdict).finish();
    }
    verdict.fail(
        field("selinux", "disabled") + " " + field("apparmor", "inactive") + " " +
        field("reason", "no mandatory access control: " + apparmor_off_reason(*snapshot.apparmor) +
                            ", SELinux off; every guest runs unconfined"));
    return std::move(verdict).finish();
}

}  // namespace

void add_apparmor_checks(Registry& registry) {
    registry.add({"qemu_apparmor_driver",
                  facts::kNeedGuests | facts::kNeedQemuConf | facts::kNeedSelinuxState |
                      facts::kNeedAppArmorState | facts::kNeedAppArmorTemplates,
                  qemu_apparmor_driver});
    registry.add({"guest_apparmor_confined",
                  facts::kNeedGuests | facts::kNeedQemuConf | facts::kNeedSelinuxState |
                      facts::kNeedAppArmorState | facts::kNeedAppArmorPolicy,
                  guest_apparmor_confined});
    registry.add({"guest_apparmor_process_label",
                  facts::kNeedGuests | facts::kNeedAppArmorState | facts::kNeedAppArmorLabels,
                  guest_apparmor_process_label});
    registry.add({"guest_apparmor_image_access",
                  facts::kNeedGuests | facts::kNeedStoragePools | facts::kNeedAppArmorPolicy,
                  guest_apparmor_image_access});
    registry.add({"host_mac_confines_guests",
                  facts::kNeedGuests | facts::kNeedSelinuxState | facts::kNeedAppArmorState,
                  host_mac_confines_guests});
}

}  // namespace oscapvirt::checks
