#include "model/fstab.h"

#include "model/mounts.h"

namespace oscapvirt::model {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }
std::vector<std::string_view> blank_fields(std::string_view line, const char* blanks) {
    std::vector<std::string_view> fields;
    size_t pos = 0;
    const std::string_view separators(blanks);
    while (pos < line.size()) {
        while (pos < line.size() && separators.find(line[pos]) != std::string_view::npos) ++pos;
        const size_t start = pos;
        while (pos < line.size() && separators.find(line[pos]) == std::string_view::npos) ++pos;
        if (pos > start) fields.push_back(line.substr(start, pos - start));
    }
    return fields;
}

template <typename Each>
void for_each_line(std::string_view text, Each each) {
    int number = 0;
    while (!text.empty()) {
        ++number;
        const size_t end = text.find('\n');
        each(text.substr(0, end), number);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    }
}

// The path with "//" and "/./" collapsed and ".." applied, as the kernel resolves it (without
// following links: /dev/disk/by-label is a directory of links itself).
std::string normalized_path(std::string_view path) {
    std::vector<std::string_view> parts;
    for (std::string_view part : blank_fields(path, "/")) {
        if (part == ".") continue;
        if (part == "..") {
            if (!parts.empty()) parts.pop_back();
            continue;
        }
        parts.push_back(part);
    }
    std::string out;
    for (std::string_view part : parts) out += "/" + std::string(part);
    return out.empty() ? "/" : out;
}

}  // namespace

Fstab parse_fstab(std::string_view text) {
    Fstab fstab;
    for_each_line(text, [&](std::string_view line, int number) {
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        size_t start = 0;
        while (start < line.size() && is_blank(line[start])) ++start;
        if (start == line.size() || line[start] == '#') return;
        const auto fields = blank_fields(line, " \t");
        if (fields.size() < 3) {
            fstab.ignored_lines.push_back(number);
            return;
        }
        fstab.entries.push_back(
            {unescape_octal(fields[0]), unescape_octal(fields[1]), unescape_octal(fields[2]),
             fields.size() > 3 ? unescape_octal(fields[3]) : std::string(), number});
    });
    return fstab;
}

Crypttab parse_crypttab(std::string_view text) {
    Crypttab crypttab;
    for_each_line(text, [&](std::string_view line, int number) {
        // strstrip() and sscanf("%ms %ms %ms %ms"): whitespace in the C locale.
        const auto fields = blank_fields(line, " \t\r\v\f");
        if (fields.empty() || fields[0][0] == '#') return;
        // sscanf("%ms %ms %ms %ms") < 2: a fifth field and beyond are silently ignored
        if (fields.size() < 2) {
            crypttab.ignored_lines.push_back(number);
            return;
        }
        crypttab.entries.push_back({std::string(fields[0]), std::string(fields[1]), number});
    });
    return crypttab;
}

std::string device_node(std::string_view source) {
    for (const auto& [tag, dir] :
         {std::pair{"LABEL=", "label"}, std::pair{"UUID=", "uuid"},
          std::pair{"PARTUUID=", "partuuid"}, std::pair{"PARTLABEL=", "partlabel"}}) {
        const std::string_view prefix(tag);
        if (source.substr(0, prefix.size()) != prefix) continue;
        // tag_to_udev_node(): the value loses one pair of surrounding quotes
        std::string_view value = source.substr(prefix.size());
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
            value.back() == value.front())
            value = value.substr(1, value.size() - 2);
        return "/dev/disk/by-" + std::string(dir) + "/" + std::string(value);
    }
    return std::string(source);
}

bool names_device_by_label(std::string_view source) {
    if (source.rfind("LABEL=", 0) == 0 || source.rfind("PARTLABEL=", 0) == 0) return true;
    const std::string node = device_node(source);
    if (node.empty() || node[0] != '/') return false;
    const std::string path = normalized_path(node);
    for (const std::string_view dir : {"/dev/disk/by-label", "/dev/disk/by-partlabel"})
        if (path.rfind(dir, 0) == 0 && (path.size() == dir.size() || path[dir.size()] == '/'))
            return true;
    return false;
}

}  // namespace oscapvirt::model
