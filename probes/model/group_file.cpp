#include "model/group_file.h"

#include <cerrno>
#include <cstdlib>

namespace oscapvirt::model {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// INT_FIELD of files-parse.c: strtoul in base 10 (leading blanks and sign accepted by
// strtoul), the field must end right there, the value must fit a gid_t.
bool parse_gid(std::string_view field, unsigned long& gid) {
    if (field.empty()) return false;
    const std::string text(field);
    errno = 0;
    char* end = nullptr;
    const unsigned long value = std::strtoul(text.c_str(), &end, 10);
    if (end == text.c_str() || *end != '\0' || errno == ERANGE || value > 0xffffffffUL)
        return false;
    // strtoul accepts "-1" as a huge value; glibc's check above rejects it as out of range.
    if (text.find('-') != std::string::npos) return false;
    gid = value;
    return true;
}

}  // namespace

std::vector<GroupEntry> parse_group_file(std::string_view text) {
    std::vector<GroupEntry> entries;
    int number = 0;
    while (!text.empty()) {
        ++number;
        const size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        while (!line.empty() && is_space(line.front())) line.remove_prefix(1);
        if (line.empty() || line.front() == '#') continue;
        // NIS compatibility entries (+name, -name) are for nss_compat; nss_files skips them.
        if (line.front() == '+' || line.front() == '-') continue;
        const size_t c1 = line.find(':');
        if (c1 == std::string_view::npos) continue;
        const size_t c2 = line.find(':', c1 + 1);
        if (c2 == std::string_view::npos) continue;
        const size_t c3 = line.find(':', c2 + 1);
        GroupEntry entry;
        entry.name = std::string(line.substr(0, c1));
        entry.line = number;
        if (!parse_gid(line.substr(c2 + 1, c3 == std::string_view::npos ? std::string_view::npos
                                                                        : c3 - c2 - 1),
                       entry.gid))
            continue;
        if (c3 != std::string_view::npos) {
            std::string_view members = line.substr(c3 + 1);
            while (!members.empty()) {
                const size_t comma = members.find(',');
                std::string_view item = members.substr(0, comma);
                members.remove_prefix(comma == std::string_view::npos ? members.size() : comma + 1);
                while (!item.empty() && is_space(item.front())) item.remove_prefix(1);
                if (!item.empty()) entry.members.emplace_back(item);
            }
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

const GroupEntry* find_group(const std::vector<GroupEntry>& entries, std::string_view name) {
    for (const GroupEntry& entry : entries)
        if (entry.name == name) return &entry;
    return nullptr;
}

}  // namespace oscapvirt::model
