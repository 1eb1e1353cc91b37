#pragma once
// /etc/group as glibc's nss_files answers getgrnam() (nss/nss_files/files-grp.c with the line
// parser of files-parse.c, glibc 2.36): leading blanks skipped, empty and '#' lines skipped,
// NAME:PASSWORD:GID[:MEMBERS]; a line without a valid decimal GID is skipped; members are split
// at ',' with leading blanks dropped and empty items skipped; NIS compatibility lines (+name,
// -name) skipped; the first line of a name wins.
#include <string>
#include <string_view>
#include <vector>

namespace oscapvirt::model {

struct GroupEntry {
    std::string name;
    unsigned long gid = 0;
    std::vector<std::string> members;
    int line = 0;
};

// Every line nss_files would accept, in file order.
std::vector<GroupEntry> parse_group_file(std::string_view text);

// What getgrnam(name) returns from these entries: the first entry of that name, or nullptr.
const GroupEntry* find_group(const std::vector<GroupEntry>& entries, std::string_view name);

}  // namespace oscapvirt::model
