#include "facts/lvm_facts.h"

namespace oscapvirt::facts {

namespace {
constexpr std::size_t kMaxMetadata = 16 * 1024 * 1024;
}

Reading<LvmBackups> read_lvm_backups(const sources::RootFs& fs) {
    auto listing = fs.list_dir(kLvmBackupDir);
    if (auto* err = std::get_if<sources::FsError>(&listing))
        return ReadError{err->path, err->reason};
    LvmBackups backups;
    const auto& entries = std::get<std::optional<std::vector<sources::DirEntry>>>(listing);
    if (!entries) return backups;
    for (const sources::DirEntry& entry : *entries) {
        if (entry.name.empty() || entry.name[0] == '.') continue;
        const std::string path = std::string(kLvmBackupDir) + "/" + entry.name;
        auto content = fs.read_file(path, kMaxMetadata);
        if (auto* err = std::get_if<sources::FsError>(&content)) {
            backups.emplace(entry.name, ReadError{err->path, err->reason});
            continue;
        }
        auto parsed = model::parse_lvm_metadata(std::get<std::string>(content));
        if (auto* err = std::get_if<model::ParseError>(&parsed))
            backups.emplace(entry.name, ReadError{path, err->describe()});
        else
            backups.emplace(entry.name, std::move(std::get<model::LvmMetadata>(parsed)));
    }
    return backups;
}

}  // namespace oscapvirt::facts
