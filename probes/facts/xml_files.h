#pragma once
// libvirt keeps one XML file per object in a directory (guests, state, storage pools).
#include <string>
#include <vector>

#include "facts/snapshot.h"
#include "sources/root_fs.h"

namespace oscapvirt::facts {

inline bool is_xml_file(const sources::DirEntry& entry) {
    return entry.is_regular && entry.name.size() > 4 &&
           entry.name.compare(entry.name.size() - 4, 4, ".xml") == 0;
}

// Reads every *.xml of `dir`, handing each path and content to `take`; an unlistable directory
// or unreadable file becomes a problem, so a check never judges a partial set as complete.
template <typename Take>
void for_each_xml_file(const sources::RootFs& fs, const std::string& dir,
                       std::vector<Problem>& problems, Take&& take) {
    auto listing = fs.list_dir(dir);
    if (auto* err = std::get_if<sources::FsError>(&listing)) {
        problems.push_back({dir, err->reason});
        return;
    }
    const auto& entries = std::get<std::optional<std::vector<sources::DirEntry>>>(listing);
    if (!entries) return;
    for (const sources::DirEntry& entry : *entries) {
        if (!is_xml_file(entry)) continue;
        const std::string path = dir + "/" + entry.name;
        auto content = fs.read_file(path);
        if (auto* err = std::get_if<sources::FsError>(&content)) {
            problems.push_back({path, err->reason});
            continue;
        }
        take(path, std::get<std::string>(content));
    }
}

}  // namespace oscapvirt::facts
