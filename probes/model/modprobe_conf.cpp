#include "model/modprobe_conf.h"

#include "model/kernel_cmdline.h"

#include <algorithm>
#include <map>

namespace oscapvirt::model {
namespace {

bool kmod_reads_name(const std::string& name) {
    if (name.empty() || name[0] == '.') return false;
    const auto ends_with = [&](std::string_view suffix) {
        return name.size() >= suffix.size() &&
               name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    // conf_files_filter_out: len < 6 excludes "x.conf"-less names such as ".conf" itself.
    return name.size() >= 6 && (ends_with(".conf") || ends_with(".alias"));
}

// underscores(): '-' becomes '_'; a ']' outside a bracket or an unclosed '[' is refused.
std::optional<std::string> underscores(std::string name) {
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (name[i] == '-') {
            name[i] = '_';
        } else if (name[i] == ']') {
            return std::nullopt;
        } else if (name[i] == '[') {
            const std::size_t close = name.find(']', i);
            if (close == std::string::npos) return std::nullopt;
            i = close;
        }
    }
    return name;
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// strtok_r(line, "\t ", ...): the next token, consumed with its one terminating delimiter.
std::optional<std::string> next_token(std::string_view& rest) {
    while (!rest.empty() && is_blank(rest.front())) rest.remove_prefix(1);
    if (rest.empty()) return std::nullopt;
    std::size_t end = 0;
    while (end < rest.size() && !is_blank(rest[end])) ++end;
    std::string token(rest.substr(0, end));
    rest.remove_prefix(end < rest.size() ? end + 1 : end);
    return token;
}

}  // namespace

std::vector<std::string> select_modprobe_files(const std::vector<ModprobeDirListing>& dirs) {
    std::map<std::string, std::string> by_name;  // byte order of names, as strcmp sorts
    for (const ModprobeDirListing& listing : dirs)
        for (const std::string& name : listing.names)
            if (kmod_reads_name(name)) by_name.emplace(name, listing.dir + "/" + name);
    std::vector<std::string> files;
    for (const auto& [name, path] : by_name) files.push_back(path);
    return files;
}

std::vector<ModprobeOptions> parse_modprobe_options(std::string_view text,
                                                    const std::string& file) {
    std::vector<ModprobeOptions> found;
    int line_number = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        // freadline_wrapped: a backslash-newline joins lines; a backslash before anything
        // else is dropped and the character after it kept.
        const int first_line = line_number + 1;
        std::string line;
        while (pos < text.size()) {
            const char c = text[pos++];
            if (c == '\n') break;
            if (c == '\\' && pos < text.size()) {
                const char next = text[pos++];
                if (next == '\n') {
                    ++line_number;
                    continue;
                }
                line += next;
                continue;
            }
            if (c == '\\') {  // at the end of the file: getc's EOF is stored as a byte
                line += static_cast<char>(0xff);
                continue;
            }
            line += c;
        }
        ++line_number;
        // A NUL ends the line for the C string functions that follow.
        if (const std::size_t nul = line.find('\0'); nul != std::string::npos) line.resize(nul);
        if (line.empty() || line[0] == '#') continue;
        std::string_view rest = line;
        const auto command = next_token(rest);
        if (!command || *command != "options") continue;
        const auto module = next_token(rest);
        if (!module || rest.empty()) continue;  // kmod: syntax error, line ignored
        const auto normalized = underscores(*module);
        if (!normalized) continue;
        std::string options(rest);
        std::replace(options.begin(), options.end(), '\t', ' ');
        found.push_back({*normalized, options, file, first_line});
    }
    return found;
}

std::vector<ModuleParam> split_module_params(std::string_view options) {
    std::vector<ModuleParam> params;
    for (KernelParam& param : split_kernel_cmdline(options)) {
        if (param.for_init) break;  // parse_args stops at a bare "--"
        std::replace(param.name.begin(), param.name.end(), '-', '_');
        params.push_back({std::move(param.name), std::move(param.value)});
    }
    return params;
}

}  // namespace oscapvirt::model
