#include "model/file_contexts.h"

#include <regex>

namespace oscapvirt::model {
namespace {

bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

constexpr std::string_view kMeta = ".^$?*+|[({";

// spec_hasMetaChars()
bool has_meta(std::string_view regex) {
    for (size_t i = 0; i < regex.size(); ++i) {
        if (regex[i] == '\\') {
            ++i;
            continue;
        }
        if (kMeta.find(regex[i]) != std::string_view::npos) return true;
    }
    return false;
}

// The literal start of a regex that every matching path must begin with: the characters before
// the first meta character or escape, minus the last one (a quantifier may make it optional).
std::string_view literal_prefix(std::string_view regex) {
    size_t end = 0;
    while (end < regex.size() && regex[end] != '\\' &&
           kMeta.find(regex[end]) == std::string_view::npos)
        ++end;
    if (end == regex.size()) return regex.substr(0, end);
    return regex.substr(0, end == 0 ? 0 : end - 1);
}

bool valid_type(std::string_view type) {
    return type == "--" || type == "-d" || type == "-c" || type == "-b" || type == "-s" ||
           type == "-l" || type == "-p";
}

}  // namespace

Parsed<std::vector<FileContextSpec>> parse_file_contexts(std::string_view text,
                                                         const std::string& file) {
    std::vector<FileContextSpec> specs;
    int number = 0;
    while (!text.empty()) {
        const size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        ++number;
        std::vector<std::string_view> fields;
        size_t at = 0;
        while (true) {
            while (at < line.size() && is_blank(line[at])) ++at;
            if (at >= line.size()) break;
            if (fields.empty() && line[at] == '#') break;
            const size_t start = at;
            while (at < line.size() && !is_blank(line[at])) ++at;
            fields.push_back(line.substr(start, at - start));
        }
        if (fields.empty()) continue;
        // read_spec_entries() takes three fields at most: anything after them is ignored
        if (fields.size() < 2) return ParseError{number, file + ": not REGEX [TYPE] CONTEXT"};
        FileContextSpec spec;
        spec.regex = fields[0];
        spec.context = fields[fields.size() >= 3 ? 2 : 1];
        if (fields.size() >= 3) {
            if (!valid_type(fields[1]))
                return ParseError{number, file + ": invalid file type " + std::string(fields[1])};
            spec.file_type = fields[1];
        }
        spec.file = file;
        spec.line = number;
        specs.push_back(std::move(spec));
    }
    return specs;
}

Parsed<std::optional<FileContextSpec>> lookup_file_context(
    const std::vector<FileContextSpec>& specs, std::string_view path, std::string_view file_type) {
    // sort_specs(): regex specs first, then exact ones, each in load order; the last match wins.
    std::vector<const FileContextSpec*> order;
    for (const FileContextSpec& spec : specs)
        if (has_meta(spec.regex)) order.push_back(&spec);
    for (const FileContextSpec& spec : specs)
        if (!has_meta(spec.regex)) order.push_back(&spec);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const FileContextSpec& spec = **it;
        if (!spec.file_type.empty() && spec.file_type != file_type) continue;
        if (!path.starts_with(literal_prefix(spec.regex))) continue;  // cannot match
        try {
            const std::regex compiled("^" + spec.regex + "$", std::regex::ECMAScript);
            if (std::regex_search(path.begin(), path.end(), compiled)) return spec;
        } catch (const std::regex_error&) {
            return ParseError{spec.line, spec.file +
                                             ": a regular expression this reader cannot "
                                             "compile: " +
                                             spec.regex};
        }
    }
    return std::optional<FileContextSpec>();
}

std::string context_type(std::string_view context) {
    for (int field = 0; field < 2; ++field) {
        const size_t colon = context.find(':');
        if (colon == std::string_view::npos) return {};
        context.remove_prefix(colon + 1);
    }
    return std::string(context.substr(0, context.find(':')));
}

}  // namespace oscapvirt::model
