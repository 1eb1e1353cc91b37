#pragma once
// libvirt keeps one XML file per object in a directory (guests, state, storage pools).
#include <string>
#include <vector>

#include "facts/snapshot.h"
#include "sources/root_fs.h"

namespace oscapvirt::facts {

// libvirt's loaders (virDomainObjListLoadAllConfigs in src/conf/virdomainobjlist.c,
// virStoragePoolObjLoadAllConfigs in src/conf/virstorageobj.c) take every directory entry whose
// name ends in ".xml" (virStringStripSuffix / virStringHasSuffix), whatever its type: a name
// that is exactly ".xml" counts, and a symbolic link is opened through to its target.
inline bool is_xml_name(const std::string& name) {
    return name.size() >= 4 && name.compare(name.size() - 4, 4, ".xml") == 0;
}

// Reads every *.xml of `dir`, handing each path and content to `take`; an unlistable directory
// or an entry that cannot be read as a regular file (a FIFO, socket, directory, device node or
// dangling link named *.xml) becomes a problem, so a check never judges a partial set as
// complete. Links are followed inside the judged root only (sources::RootFs).
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
        if (!is_xml_name(entry.name)) continue;
        const std::string path = dir + "/" + entry.name;
        auto content = fs.read_file(path);
        if (auto* err = std::get_if<sources::FsError>(&content)) {
            problems.push_back(
                {path, "libvirt loads this file but it cannot be read: " + err->reason});
            continue;
        }
        take(path, std::get<std::string>(content));
    }
}

}  // namespace oscapvirt::facts
