#include "facts/apparmor_facts.h"

#include <cctype>
#include <set>

#include "model/guest_files.h"

namespace oscapvirt::facts {
namespace {

constexpr const char* kModuleDir = "/sys/module/apparmor";
constexpr const char* kEnabledParam = "/sys/module/apparmor/parameters/enabled";
constexpr const char* kModeParam = "/sys/module/apparmor/parameters/mode";
constexpr const char* kProfilesList = "/sys/kernel/security/apparmor/profiles";

std::string first_line(std::string text) {
    const size_t end = text.find_first_of("\n");
    if (end != std::string::npos) text.resize(end);
    while (!text.empty() && (text.back() == '\0' || text.back() == ' ')) text.pop_back();
    return text;
}

AppArmorReading read_state(const sources::RootFs& fs) {
    AppArmorState state;
    state.built_in = fs.exists(kModuleDir);
    auto enabled = fs.read_file_if_exists(kEnabledParam, 64);
    if (auto* err = std::get_if<sources::FsError>(&enabled)) return read_error(*err);
    if (const auto& text = std::get<std::optional<std::string>>(enabled)) {
        const std::string value = first_line(*text);
        if (value != "Y" && value != "N") return ReadError{kEnabledParam, "unexpected content"};
        state.enabled = value == "Y";
    }
    auto mode = fs.read_file_if_exists(kModeParam, 64);
    if (auto* err = std::get_if<sources::FsError>(&mode)) return read_error(*err);
    if (const auto& text = std::get<std::optional<std::string>>(mode))
        state.mode = first_line(*text);
    auto profiles = fs.read_file_if_exists(kProfilesList);
    if (auto* err = std::get_if<sources::FsError>(&profiles)) return read_error(*err);
    if (const auto& text = std::get<std::optional<std::string>>(profiles)) {
        auto parsed = model::parse_apparmor_profiles(*text);
        if (auto* err = std::get_if<model::ParseError>(&parsed))
            return ReadError{kProfilesList, err->describe()};
        state.loaded = std::move(std::get<std::vector<model::AppArmorProfileState>>(parsed));
    }
    return state;
}

AppArmorPolicyFile read_policy(const sources::RootFs& fs, const std::string& path,
                               const GuestInventory& inventory) {
    if (inventory.remote) return on_remote_host(inventory, path);
    // virt-aa-helper refuses profiles beyond MAX_FILE_LEN (1 MiB); so does this reader.
    auto content = fs.read_file_if_exists(path, 1024 * 1024);
    if (auto* err = std::get_if<sources::FsError>(&content)) return read_error(*err);
    const auto& text = std::get<std::optional<std::string>>(content);
    if (!text) return std::optional<model::AppArmorPolicyText>();
    auto parsed = model::parse_apparmor_policy(*text);
    if (auto* err = std::get_if<model::ParseError>(&parsed))
        return ReadError{path, err->describe()};
    return std::optional<model::AppArmorPolicyText>(
        std::get<model::AppArmorPolicyText>(std::move(parsed)));
}

// Reads `path` and every followed include, once each.
void read_with_includes(const sources::RootFs& fs, const std::string& path, Snapshot& snapshot,
                        int depth = 0) {
    if (snapshot.apparmor_policy.count(path) || depth > 16) return;
    AppArmorPolicyFile file = read_policy(fs, path, snapshot.inventory);
    std::vector<std::string> next;
    if (file && *file)
        for (const model::AppArmorInclude& include : (*file)->includes)
            if (auto target = followed_include(include)) next.push_back(*target);
    snapshot.apparmor_policy[path] = std::move(file);
    for (const std::string& target : next) read_with_includes(fs, target, snapshot, depth + 1);
}

void collect_templates(const sources::RootFs& fs, Snapshot& snapshot) {
    read_with_includes(fs, kAppArmorTemplate, snapshot);
    read_with_includes(fs, kAppArmorAbstraction, snapshot);
    snapshot.apparmor_lxc_template = !snapshot.inventory.remote && fs.exists(kAppArmorLxcTemplate);
}

void collect_guest_policy(const sources::RootFs& fs, Snapshot& snapshot) {
    const model::PoolTargets pools = model::pool_targets(snapshot.storage_pools);
    for (const Guest& guest : snapshot.inventory.guests)
        for (const auto& def : {guest.persistent, guest.live}) {
            if (!def) continue;
            if (auto profile = guest_profile_name(def->uuid)) {
                read_with_includes(fs, guest_profile_path(*profile), snapshot);
                read_with_includes(fs, guest_files_path(*profile), snapshot);
            }
            for (const model::GuestFile& file : model::guest_files(*def, pools)) {
                if (file.path.empty() || snapshot.resolved_paths.count(file.path)) continue;
                auto resolved = fs.resolve(file.path);
                snapshot.resolved_paths[file.path] = std::holds_alternative<std::string>(resolved)
                                                         ? std::get<std::string>(resolved)
                                                         : file.path;
            }
        }
}

AppArmorLabelReading read_label(const sources::RootFs& fs, int pid) {
    AppArmorLabelReading reading;
    if (pid <= 0) {
        reading.label = ReadError{"", "QEMU process id unknown"};
        return reading;
    }
    const std::string proc = "/proc/" + std::to_string(pid);
    if (!fs.exists(proc)) {
        reading.label =
            ReadError{proc, "no such process (the guest may have exited during the scan)"};
        return reading;
    }
    // Kernels with LSM stacking have a per-LSM directory; attr/current is the same label when
    // AppArmor is the only major LSM.
    for (const std::string& path : {proc + "/attr/apparmor/current", proc + "/attr/current"}) {
        auto content = fs.read_file_if_exists(path, 4096);
        if (auto* err = std::get_if<sources::FsError>(&content)) {
            reading.source = path;
            reading.label = read_error(*err);
            return reading;
        }
        const auto& text = std::get<std::optional<std::string>>(content);
        if (!text) continue;
        reading.source = path;
        auto parsed = model::parse_apparmor_label(*text);
        if (auto* err = std::get_if<model::ParseError>(&parsed))
            reading.label = ReadError{path, err->describe()};
        else
            reading.label = std::get<model::AppArmorLabel>(parsed);
        return reading;
    }
    reading.label = ReadError{proc + "/attr/current", "no AppArmor label"};
    return reading;
}

}  // namespace

std::optional<std::string> guest_profile_name(const std::string& uuid) {
    if (uuid.size() != 36) return std::nullopt;
    for (size_t i = 0; i < uuid.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const unsigned char c = static_cast<unsigned char>(uuid[i]);
        if (dash ? c != '-' : !std::isxdigit(c)) return std::nullopt;
    }
    // virUUIDFormat prints lower case, whatever case the definition used.
    std::string lower = uuid;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return "libvirt-" + lower;
}

std::string guest_profile_path(const std::string& profile) {
    return std::string(kAppArmorDir) + "/libvirt/" + profile;
}

std::string guest_files_path(const std::string& profile) {
    return guest_profile_path(profile) + ".files";
}

std::optional<std::string> followed_include(const model::AppArmorInclude& include) {
    if (!include.search_dir) return std::nullopt;
    const std::string& target = include.target;
    if (target.find("..") != std::string::npos) return std::nullopt;
    const bool ours = target.rfind("local/", 0) == 0 || target.rfind("libvirt/", 0) == 0 ||
                      target == "abstractions/libvirt-qemu";
    if (!ours) return std::nullopt;
    return std::string(kAppArmorDir) + "/" + target;
}

void collect_apparmor_facts(const sources::RootFs& fs, Needs needs, Snapshot& snapshot) {
    const GuestInventory& inventory = snapshot.inventory;
    if (needs & kNeedAppArmorState) {
        if (inventory.remote)
            snapshot.apparmor = on_remote_host(inventory, "AppArmor");
        else
            snapshot.apparmor = read_state(fs);
    }
    if (needs & (kNeedAppArmorTemplates | kNeedAppArmorPolicy)) collect_templates(fs, snapshot);
    if (needs & kNeedAppArmorPolicy) collect_guest_policy(fs, snapshot);
    if (needs & kNeedAppArmorLabels)
        for (const Guest& guest : snapshot.inventory.guests)
            if (guest.running()) {
                if (!inventory.remote) {
                    snapshot.apparmor_labels[guest.name] = read_label(fs, guest.pid);
                    continue;
                }
                snapshot.apparmor_labels[guest.name].label =
                    on_remote_host(inventory, "QEMU process of guest " + guest.name);
            }
}

}  // namespace oscapvirt::facts
