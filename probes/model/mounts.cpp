#include "model/mounts.h"

namespace oscapvirt::model {
namespace {

std::vector<std::string_view> fields_of(std::string_view line) {
    std::vector<std::string_view> fields;
    size_t pos = 0;
    while (pos < line.size()) {
        while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
        const size_t start = pos;
        while (pos < line.size() && line[pos] != ' ' && line[pos] != '\t') ++pos;
        if (pos > start) fields.push_back(line.substr(start, pos - start));
    }
    return fields;
}

// True when `path` is `mount_point` or below it.
bool is_under(std::string_view path, std::string_view mount_point) {
    if (mount_point == "/") return !path.empty() && path[0] == '/';
    if (path.substr(0, mount_point.size()) != mount_point) return false;
    return path.size() == mount_point.size() || path[mount_point.size()] == '/';
}

}  // namespace

// The kernel escapes space, tab, newline and backslash as \ooo (fs/proc_namespace.c); libmount's
// unmangle() decodes the same form in fstab.
std::string unescape_octal(std::string_view field) {
    const auto is_octal = [](char c) { return c >= '0' && c <= '7'; };
    std::string text;
    text.reserve(field.size());
    for (size_t i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size() && is_octal(field[i + 1]) &&
            is_octal(field[i + 2]) && is_octal(field[i + 3])) {
            text += static_cast<char>((field[i + 1] - '0') * 64 + (field[i + 2] - '0') * 8 +
                                      (field[i + 3] - '0'));
            i += 3;
        } else {
            text += field[i];
        }
    }
    return text;
}

Parsed<std::vector<Mount>> parse_proc_mounts(std::string_view text) {
    std::vector<Mount> mounts;
    int line_number = 0;
    while (!text.empty()) {
        ++line_number;
        const size_t end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        const std::vector<std::string_view> fields = fields_of(line);
        if (fields.empty()) continue;
        if (fields.size() < 3)
            return ParseError{line_number, "mount entry has fewer than 3 fields"};
        Mount mount{unescape_octal(fields[0]), unescape_octal(fields[1]),
                    unescape_octal(fields[2])};
        if (mount.target.empty() || mount.target[0] != '/')
            return ParseError{line_number, "mount point is not an absolute path"};
        mounts.push_back(std::move(mount));
    }
    return mounts;
}

const Mount* mount_of(const std::vector<Mount>& mounts, std::string_view path) {
    const Mount* best = nullptr;
    for (const Mount& mount : mounts) {
        // ">=": of two mounts on the same point the later one is on top.
        if (is_under(path, mount.target) && (!best || mount.target.size() >= best->target.size()))
            best = &mount;
    }
    return best;
}

}  // namespace oscapvirt::model
