#include "facts/selinux_facts.h"

#include <map>
#include <set>

#include "model/guest_files.h"

namespace oscapvirt::facts {
namespace {

constexpr const char* kProcMounts = "/proc/mounts";

std::set<std::string> guest_file_paths(const Snapshot& snapshot) {
    const model::PoolTargets pools = model::pool_targets(snapshot.storage_pools);
    std::set<std::string> paths;
    for (const Guest& guest : snapshot.inventory.guests)
        for (const auto& def : {guest.persistent, guest.live})
            if (def)
                for (const model::GuestFile& file : model::guest_files(*def, pools))
                    if (!file.path.empty()) paths.insert(file.path);
    return paths;
}

// Directories that hold images: file-based pools' targets and libvirt's default directory.
std::set<std::string> image_dirs(const Snapshot& snapshot) {
    std::set<std::string> dirs{kDefaultImageDir};
    for (const model::StoragePool& pool : snapshot.storage_pools)
        if (model::is_file_pool(pool) && !pool.target_path.empty())
            dirs.insert(model::without_trailing_slashes(pool.target_path));
    return dirs;
}

void read_labels(const sources::RootFs& fs, const std::set<std::string>& paths,
                 Snapshot& snapshot) {
    for (const std::string& path : paths) {
        if (snapshot.file_labels.count(path)) continue;
        if (!snapshot.inventory.remote) {
            snapshot.file_labels[path] = label_of_file(fs, path);
            continue;
        }
        snapshot.file_labels[path] = on_remote_host(snapshot.inventory, path);
    }
}

DirListing list_files(const sources::RootFs& fs, const std::string& dir) {
    auto entries = fs.list_dir(dir);
    if (auto* err = std::get_if<sources::FsError>(&entries)) return read_error(*err);
    const auto& found = std::get<std::optional<std::vector<sources::DirEntry>>>(entries);
    if (!found) return std::optional<std::vector<std::string>>();
    const std::string prefix = dir == "/" ? dir : dir + "/";
    std::vector<std::string> files;
    for (const sources::DirEntry& entry : *found)
        if (entry.is_regular) files.push_back(prefix + entry.name);
    return std::optional(std::move(files));
}

void collect_pool_files(const sources::RootFs& fs, Snapshot& snapshot) {
    std::set<std::string> files;
    for (const std::string& dir : image_dirs(snapshot)) {
        DirListing listing = snapshot.inventory.remote ? on_remote_host(snapshot.inventory, dir)
                                                       : list_files(fs, dir);
        if (listing && *listing) files.insert((*listing)->begin(), (*listing)->end());
        snapshot.pool_files[dir] = std::move(listing);
    }
    read_labels(fs, files, snapshot);
}

Reading<std::vector<model::Mount>> read_mounts(const sources::RootFs& fs) {
    auto content = fs.read_file(kProcMounts, 16 * 1024 * 1024);
    if (auto* err = std::get_if<sources::FsError>(&content)) return read_error(*err);
    auto parsed = model::parse_proc_mounts(std::get<std::string>(content));
    if (auto* err = std::get_if<model::ParseError>(&parsed))
        return ReadError{kProcMounts, err->describe()};
    return std::move(std::get<std::vector<model::Mount>>(parsed));
}

Reading<std::map<std::string, BooleanReading>> read_virt_booleans(const sources::RootFs& fs,
                                                                  const Snapshot& snapshot) {
    if (!snapshot.selinux || !snapshot.selinux->enabled)
        return ReadError{"selinux", "SELinux state unknown or SELinux disabled"};
    auto names = sources::list_booleans(fs);
    if (auto* err = std::get_if<sources::FsError>(&names)) return read_error(*err);
    std::map<std::string, BooleanReading> booleans;
    for (const std::string& name : std::get<std::vector<std::string>>(names)) {
        if (!is_virt_boolean(name)) continue;
        BooleanReading reading = reading_of(sources::read_boolean(fs, name));
        // Listed a moment ago: vanishing now means a policy reload during the scan.
        if (reading && !*reading) reading = ReadError{name, "disappeared during the scan"};
        booleans[name] = std::move(reading);
    }
    return booleans;
}

}  // namespace

bool is_virt_boolean(const std::string& name) {
    return name.compare(0, 5, "virt_") == 0 || name == "staff_use_svirt" ||
           name == "unprivuser_use_svirt";
}

FileLabelReading label_of_file(const sources::RootFs& fs, const std::string& path) {
    FileLabel label;
    auto read = sources::read_file_label(fs, path);
    if (auto* err = std::get_if<sources::FsError>(&read)) return read_error(*err);
    const sources::FileLabelRead& found = std::get<sources::FileLabelRead>(read);
    if (!found.exists) {
        label.state = FileLabel::State::Missing;
        return label;
    }
    auto resolved = fs.resolve(path);
    if (auto* where = std::get_if<std::string>(&resolved)) label.resolved = *where;
    if (!found.label) {
        label.state = FileLabel::State::Unlabelled;
        return label;
    }
    label.raw = *found.label;
    // The kernel's terminator is not part of the label (the parser accepts it either way).
    if (!label.raw.empty() && label.raw.back() == '\0') label.raw.pop_back();
    auto parsed = model::parse_selinux_context(label.raw);
    label.state = FileLabel::State::Labelled;
    if (auto* err = std::get_if<model::ParseError>(&parsed))
        label.context = ReadError{"", "unparsable label: " + err->describe()};
    else
        label.context = std::move(std::get<model::SelinuxContext>(parsed));
    return label;
}

void collect_selinux_facts(const sources::RootFs& fs, Needs needs, Snapshot& snapshot) {
    if (needs & kNeedFileLabels) read_labels(fs, guest_file_paths(snapshot), snapshot);
    if (needs & kNeedPoolLabels) read_labels(fs, image_dirs(snapshot), snapshot);
    if (needs & kNeedPoolFiles) collect_pool_files(fs, snapshot);
    const GuestInventory& inventory = snapshot.inventory;
    if (needs & kNeedMounts)
        snapshot.mounts =
            inventory.remote ? on_remote_host(inventory, kProcMounts) : read_mounts(fs);
    if (needs & kNeedVirtBooleans) {
        snapshot.virt_booleans = inventory.remote ? on_remote_host(inventory, "SELinux booleans")
                                                  : read_virt_booleans(fs, snapshot);
        snapshot.local_booleans = inventory.remote
                                      ? on_remote_host(inventory, "SELinux policy stores")
                                      : read_local_booleans(fs);
    }
}

}  // namespace oscapvirt::facts
