#include "facts/systemd_units.h"

#include <cctype>
#include <cerrno>
#include <cstring>

namespace oscapvirt::facts {
namespace {

ReadError read_error(const sources::FsError& error) { return {error.path, error.reason}; }

// The file or link at `path`; nullopt when there is none. A link to /dev/null masks it, and
// so does an empty unit file (not an empty drop-in: `empty_masks` false).
sources::FsResult<std::optional<model::UnitFile>> unit_file_in(const sources::RootFs& fs,
                                                               const std::string& path,
                                                               bool& present,
                                                               bool empty_masks = true) {
    present = false;
    auto link = fs.read_link(path);
    if (auto* err = std::get_if<sources::FsError>(&link)) {
        if (err->path_missing()) return std::optional<model::UnitFile>();
        return *err;
    }
    present = true;
    const auto& target = std::get<std::optional<std::string>>(link);
    if (target && *target == "/dev/null") return model::UnitFile{path, true, ""};
    auto text = fs.read_file_if_exists(path);
    if (auto* err = std::get_if<sources::FsError>(&text)) return *err;
    const auto& content = std::get<std::optional<std::string>>(text);
    if (!content) return std::optional<model::UnitFile>();  // a link to a removed unit file
    return model::UnitFile{path, empty_masks && content->empty(), *content};
}

sources::FsResult<std::optional<model::UnitFile>> first_along_path(const sources::RootFs& fs,
                                                                   const std::string& name) {
    for (const std::string& dir : model::kSystemUnitPath) {
        bool present = false;
        auto found = unit_file_in(fs, dir + "/" + name, present);
        if (std::holds_alternative<sources::FsError>(found) || present) return found;
    }
    return std::optional<model::UnitFile>();
}

}  // namespace

Reading<std::vector<DependencyLink>> read_dependency_links(
    const sources::RootFs& fs, const std::vector<std::string>& unit_dirs) {
    std::vector<DependencyLink> links;
    for (const std::string& dir : unit_dirs) {
        auto listing = fs.list_dir(dir);
        if (auto* err = std::get_if<sources::FsError>(&listing)) {
            if (err->error_number == ENOTDIR) continue;
            return read_error(*err);
        }
        const auto& entries = std::get<std::optional<std::vector<sources::DirEntry>>>(listing);
        if (!entries) continue;
        for (const sources::DirEntry& entry : *entries) {
            const std::string& name = entry.name;
            // systemctl 252 does not count *.upholds links (verified against is-enabled).
            const std::size_t suffix = name.ends_with(".wants")      ? 6
                                       : name.ends_with(".requires") ? 9
                                                                     : 0;
            if (suffix == 0) continue;
            const std::string sub = dir + "/" + name;
            auto inner = fs.list_dir(sub);
            if (auto* err = std::get_if<sources::FsError>(&inner)) return read_error(*err);
            const auto& members = std::get<std::optional<std::vector<sources::DirEntry>>>(inner);
            if (!members) continue;  // a dangling link named *.wants
            for (const sources::DirEntry& member : *members) {
                const std::string path = sub + "/" + member.name;
                auto link = fs.read_link(path);
                if (auto* err = std::get_if<sources::FsError>(&link)) return read_error(*err);
                // install.c counts symbolic links only (find_symlinks_in_directory).
                if (!std::get<std::optional<std::string>>(link)) continue;
                links.push_back({path, dir, name.substr(0, name.size() - suffix), member.name});
            }
        }
    }
    return links;
}

sources::FsResult<std::optional<model::UnitFile>> find_unit_file(const sources::RootFs& fs,
                                                                 const std::string& unit) {
    auto found = first_along_path(fs, unit);
    if (std::holds_alternative<sources::FsError>(found) ||
        std::get<std::optional<model::UnitFile>>(found))
        return found;
    const auto name = model::parse_unit_name(unit);
    if (name && name->templated && !name->instance.empty())
        return first_along_path(fs, name->template_name());
    return found;
}

Reading<model::LoadedUnit> read_loaded_unit(const sources::RootFs& fs, const std::string& unit) {
    model::LoadedUnit loaded;
    auto file = find_unit_file(fs, unit);
    if (auto* err = std::get_if<sources::FsError>(&file)) return read_error(*err);
    loaded.file = std::get<std::optional<model::UnitFile>>(file);
    if (!loaded.file || loaded.file->masked) return loaded;  // systemd loads no drop-ins then
    std::vector<model::UnitFile> found;
    const std::vector<std::string> dir_names = model::unit_dropin_dir_names(unit);
    for (const std::string& dir : model::kSystemUnitPath)
        for (const std::string& dir_name : dir_names) {
            const std::string path = dir + "/" + dir_name;
            auto listing = fs.list_dir(path);
            if (auto* err = std::get_if<sources::FsError>(&listing)) {
                if (err->error_number == ENOENT) continue;
                return read_error(*err);
            }
            const auto& entries = std::get<std::optional<std::vector<sources::DirEntry>>>(listing);
            if (!entries) continue;
            for (const sources::DirEntry& entry : *entries) {
                if (!entry.name.ends_with(".conf")) continue;
                bool present = false;
                auto dropin = unit_file_in(fs, path + "/" + entry.name, present, false);
                if (auto* err = std::get_if<sources::FsError>(&dropin)) return read_error(*err);
                if (auto& text = std::get<std::optional<model::UnitFile>>(dropin))
                    found.push_back(std::move(*text));
            }
        }
    loaded.dropins = model::order_dropins(std::move(found));
    return loaded;
}

UnitReading read_unit_state(const sources::RootFs& fs, const std::string& unit,
                            const std::vector<DependencyLink>& links) {
    UnitStatus reading;
    auto found = find_unit_file(fs, unit);
    if (auto* err = std::get_if<sources::FsError>(&found)) return read_error(*err);
    const auto& file = std::get<std::optional<model::UnitFile>>(found);
    const auto name = model::parse_unit_name(unit);
    const bool instance = name && name->templated && !name->instance.empty();
    const bool is_template = name && name->templated && name->instance.empty();
    std::string in_etc, in_run;
    model::UnitLinks state_links;
    for (const DependencyLink& link : links) {
        const bool config = link.unit_dir == kEtcUnitDir || link.unit_dir == kRunUnitDir;
        if (is_template && config) {
            const auto linked = model::parse_unit_name(link.unit);
            if (linked && linked->templated && !linked->instance.empty() &&
                linked->template_name() == unit)
                state_links.instances_in_config = true;
        }
        if (link.unit != unit) continue;
        if (link.unit_dir == kEtcUnitDir && in_etc.empty()) in_etc = link.path;
        if (link.unit_dir == kRunUnitDir && in_run.empty()) in_run = link.path;
        if (!config && instance) state_links.instance_in_vendor = true;
    }
    state_links.in_etc = !in_etc.empty();
    state_links.in_run = !in_run.empty();
    reading.state = model::unit_file_state(file, state_links);
    if (file) reading.unit_file = file->path;
    reading.wanted_by = !in_etc.empty() ? in_etc : in_run;
    return reading;
}

UnitReading read_unit_state(const sources::RootFs& fs, const std::string& unit) {
    auto links = read_dependency_links(fs);
    if (!links) return links.error();
    UnitReading reading = read_unit_state(fs, unit, *links);
    if (!reading) return reading;
    // SysV init: chkconfig/update-rc.d start links S<nn><name> in runlevel 3.
    auto sysv = read_sysv_start_links(fs);
    const std::string base = unit.substr(0, unit.rfind(".service"));
    if (sysv)
        for (const SysvStartLink& link : *sysv)
            if (link.runlevel == 3 && link.service == base) reading->sysv_start_link = link.path;
    return reading;
}

Reading<std::vector<SysvStartLink>> read_sysv_start_links(const sources::RootFs& fs) {
    std::vector<SysvStartLink> links;
    for (int runlevel = 2; runlevel <= 5; ++runlevel)
        for (const std::string& dir : {"/etc/rc.d/rc" + std::to_string(runlevel) + ".d",
                                       "/etc/rc" + std::to_string(runlevel) + ".d"}) {
            auto listing = fs.list_dir(dir);
            if (auto* err = std::get_if<sources::FsError>(&listing)) {
                if (err->path_missing()) continue;
                return read_error(*err);
            }
            const auto& entries = std::get<std::optional<std::vector<sources::DirEntry>>>(listing);
            if (!entries) continue;
            for (const sources::DirEntry& entry : *entries) {
                const std::string& name = entry.name;
                std::size_t digits = 1;
                while (digits < name.size() &&
                       std::isdigit(static_cast<unsigned char>(name[digits])))
                    ++digits;
                // rc(8): S followed by a two-digit sequence number; accept any count of digits.
                if (name.size() > digits && name[0] == 'S' && digits > 1)
                    links.push_back({dir + "/" + name, runlevel, name.substr(digits)});
            }
        }
    return links;
}

Reading<BootUnits> read_boot_units(const sources::RootFs& fs) {
    BootUnits boot;
    auto links = read_dependency_links(fs);
    if (!links) return links.error();
    boot.links = std::move(links.value());
    for (const DependencyLink& link : boot.links) {
        if (link.unit_dir != kEtcUnitDir && link.unit_dir != kRunUnitDir) continue;
        if (boot.units.count(link.unit)) continue;
        UnitReading reading = read_unit_state(fs, link.unit, boot.links);
        if (!reading) return reading.error();
        boot.units.emplace(link.unit, std::move(reading.value()));
    }
    auto sysv = read_sysv_start_links(fs);
    if (!sysv) return sysv.error();
    boot.sysv = std::move(sysv.value());
    return boot;
}

}  // namespace oscapvirt::facts
