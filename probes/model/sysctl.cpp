#include "model/sysctl.h"

#include <fnmatch.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <map>

namespace oscapvirt::model {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view strip(std::string_view text) {
    while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
    return text;
}

bool is_glob(std::string_view key) { return key.find_first_of("*?[") != std::string_view::npos; }

// fileio.c read_line_full(): LF, CR and NUL end a line; a run of different end markers is one
// end, and nothing continues past a NUL in such a run.
std::vector<std::string_view> systemd_lines(std::string_view text) {
    enum : unsigned { kNone = 0, kNul = 1, kLf = 2, kCr = 4 };
    auto kind = [](char c) -> unsigned {
        return c == '\n' ? kLf : c == '\r' ? kCr : c == '\0' ? kNul : kNone;
    };
    std::vector<std::string_view> lines;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t start = i;
        while (i < text.size() && kind(text[i]) == kNone) ++i;
        lines.push_back(text.substr(start, i - start));
        if (i == text.size()) break;
        unsigned seen = kind(text[i++]);
        while (i < text.size() && !(seen & kNul)) {
            const unsigned next = kind(text[i]);
            if (next == kNone || (seen & next)) break;
            seen |= next;
            ++i;
        }
    }
    return lines;
}

}  // namespace

std::vector<std::string> select_sysctl_files(const std::vector<SysctlDirListing>& dirs) {
    std::map<std::string, std::string> winners;  // by name, sorted as strcmp sorts
    for (const auto& dir : dirs)
        for (const auto& name : dir.names) {
            if (name.empty() || name[0] == '.') continue;  // hidden_or_backup_file()
            if (name.size() < 5 || name.compare(name.size() - 5, 5, ".conf") != 0) continue;
            winners.emplace(name, dir.dir + "/" + name);
        }
    std::vector<std::string> files;
    for (auto& [name, path] : winners) files.push_back(std::move(path));
    return files;
}

std::string normalize_sysctl_key(std::string_view raw) {
    std::string key(raw);
    // sysctl_normalize(): if the first separator is a dot, dots and slashes swap.
    const std::size_t first = key.find_first_of("/.");
    if (first != std::string::npos && key[first] == '.')
        for (std::size_t i = first; i < key.size(); ++i) {
            if (key[i] == '.')
                key[i] = '/';
            else if (key[i] == '/')
                key[i] = '.';
        }
    // path_simplify(): no empty or "." components, no trailing slash.
    const bool absolute = !key.empty() && key[0] == '/';
    std::string simplified;
    std::size_t pos = 0;
    while (pos <= key.size()) {
        const std::size_t slash = std::min(key.find('/', pos), key.size());
        const std::string_view part(key.data() + pos, slash - pos);
        if (!part.empty() && part != ".") {
            if (!simplified.empty()) simplified += '/';
            simplified += part;
        }
        pos = slash + 1;
    }
    if (simplified.empty()) return absolute ? "/" : ".";
    return simplified;  // the leading slash goes too
}

bool SysctlOptions::has_explicit(const std::string& key) const {
    return std::any_of(options_.begin(), options_.end(),
                       [&](const SysctlOption& option) { return option.key == key; });
}

void SysctlOptions::add_file(std::string_view text, const std::string& path) {
    int line_number = 0;
    for (std::string_view line : systemd_lines(text)) {
        ++line_number;
        std::string_view p = strip(line);
        if (p.empty() || p[0] == '#' || p[0] == ';' || p[0] == '\n') continue;
        std::optional<std::string> value;
        bool ignore_failure = false;
        const std::size_t equals = p.find('=');
        if (equals != std::string_view::npos) {
            value = std::string(strip(p.substr(equals + 1)));
            p = p.substr(0, equals);
            if (!p.empty() && p[0] == '-') {
                ignore_failure = true;
                p.remove_prefix(1);
            }
        } else if (p[0] == '-') {
            p.remove_prefix(1);
        } else {
            continue;  // "Line is not an assignment, ignoring"
        }
        std::string key = normalize_sysctl_key(strip(p));
        auto existing = std::find_if(options_.begin(), options_.end(),
                                     [&](const SysctlOption& option) { return option.key == key; });
        if (existing != options_.end()) {
            if (existing->value == value) {
                existing->ignore_failure = existing->ignore_failure || ignore_failure;
                continue;
            }
            options_.erase(existing);
        }
        const bool glob = is_glob(key);
        options_.push_back(
            {std::move(key), std::move(value), ignore_failure, glob, path, line_number});
    }
}

std::vector<SysctlWrite> sysctl_writes(const SysctlOptions& options,
                                       const std::vector<std::string>& keys) {
    std::vector<SysctlWrite> writes;
    for (const SysctlOption& option : options.options()) {
        if (!option.value) continue;
        for (const std::string& key : keys) {
            if (option.glob) {
                // glob(3) over /proc/sys: '*' stays within one component.
                if (::fnmatch(option.key.c_str(), key.c_str(), FNM_PATHNAME | FNM_PERIOD) != 0)
                    continue;
                if (options.has_explicit(key)) continue;  // "explicit setting exists"
            } else if (option.key != key) {
                continue;
            }
            writes.push_back({key, *option.value, kernel_int_value(*option.value), &option});
        }
    }
    return writes;
}

std::optional<long> kernel_int_value(std::string_view value) {
    // systemd appends a newline; the kernel skips leading blanks, takes one integer in base 0
    // that must be followed by a blank or the end.
    std::size_t i = 0;
    auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    };
    while (i < value.size() && space(value[i])) ++i;
    bool negative = false;
    if (i < value.size() && value[i] == '-') {
        negative = true;
        ++i;
    }
    if (i >= value.size() || value[i] < '0' || value[i] > '9') return std::nullopt;
    int base = 10;
    if (value[i] == '0') {
        base = 8;
        if (i + 1 < value.size() && (value[i + 1] == 'x' || value[i + 1] == 'X') &&
            i + 2 < value.size() && std::isxdigit(static_cast<unsigned char>(value[i + 2]))) {
            base = 16;
            i += 2;
        }
    }
    unsigned long long number = 0;
    for (; i < value.size(); ++i) {
        const char c = value[i];
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            break;
        if (digit >= base) break;
        number = number * static_cast<unsigned>(base) + static_cast<unsigned>(digit);
        if (number > static_cast<unsigned long long>(INT_MAX) + 1) return std::nullopt;
    }
    if (i < value.size() && !space(value[i])) return std::nullopt;
    if (!negative && number > INT_MAX) return std::nullopt;
    return negative ? -static_cast<long>(number) : static_cast<long>(number);
}

}  // namespace oscapvirt::model
