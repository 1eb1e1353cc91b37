#include "model/xinetd_conf.h"

#include <algorithm>
#include <strings.h>

namespace oscapvirt::model {
namespace {

bool blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view trim(std::string_view text) {
    while (!text.empty() && blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && blank(text.back())) text.remove_suffix(1);
    return text;
}

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && blank(text[pos])) ++pos;
        std::size_t end = pos;
        while (end < text.size() && !blank(text[end])) ++end;
        if (end > pos) out.emplace_back(text.substr(pos, end - pos));
        pos = end;
    }
    return out;
}

// The non-blank, non-comment lines with their numbers (parse.c: next_line).
struct Line {
    int number;
    std::string_view text;
};

std::vector<Line> content_lines(std::string_view text) {
    std::vector<Line> lines;
    int number = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t newline = std::min(text.find('\n', pos), text.size());
        const std::string_view line = trim(text.substr(pos, newline - pos));
        pos = newline + 1;
        ++number;
        if (line.empty() || line[0] == '#') continue;
        lines.push_back({number, line});
    }
    return lines;
}

}  // namespace

bool xinetd_includedir_reads(std::string_view name) {
    return !name.empty() && name.find('.') == std::string_view::npos && name.back() != '~';
}

Parsed<XinetdFile> parse_xinetd_conf(std::string_view text) {
    XinetdFile file;
    const std::vector<Line> lines = content_lines(text);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::vector<std::string> head = words(lines[i].text);
        const int number = lines[i].number;
        if (head[0] == "include" || head[0] == "includedir") {
            if (head.size() != 2) return ParseError{number, head[0] + " takes one path"};
            file.includes.push_back({head[0] == "includedir", head[1], number});
            continue;
        }
        const bool defaults = head[0] == "defaults";
        if (!defaults && head[0] != "service")
            return ParseError{number, "not an entry: " + head[0]};
        if (defaults ? head.size() != 1 : head.size() != 2)
            return ParseError{number,
                              defaults ? "defaults takes no name" : "service takes one name"};
        if (i + 1 >= lines.size() || lines[i + 1].text != "{")
            return ParseError{number, head[0] + ": missing '{' on a line of its own"};
        XinetdService service;
        if (!defaults) service.name = head[1];
        service.line = number;
        bool closed = false;
        for (i += 2; i < lines.size(); ++i) {
            if (lines[i].text == "}") {
                closed = true;
                break;
            }
            const std::vector<std::string> attribute = words(lines[i].text);
            // parse.c get_attr_op: the operator is a word of its own.
            if (attribute.size() < 2 ||
                (attribute[1] != "=" && attribute[1] != "+=" && attribute[1] != "-="))
                return ParseError{lines[i].number, "attribute without a separate = operator"};
            const std::string& name = attribute[0];
            const std::vector<std::string> values(attribute.begin() + 2, attribute.end());
            if (defaults) {
                if (name == "disabled")
                    file.defaults_disabled.insert(file.defaults_disabled.end(), values.begin(),
                                                  values.end());
                if (name == "enabled") {
                    file.has_enabled_list = true;
                    file.defaults_enabled.insert(file.defaults_enabled.end(), values.begin(),
                                                 values.end());
                }
                continue;
            }
            // parsers.c disable_parser compares with strcasecmp.
            if (name == "disable")
                service.disable = values.size() == 1 && strcasecmp(values[0].c_str(), "yes") == 0;
            if (name == "server") service.server = values.empty() ? "" : values[0];
            if (name == "id") service.id = values.empty() ? "" : values[0];
        }
        if (!closed) return ParseError{number, head[0] + ": no closing '}'"};
        if (!defaults) file.services.push_back(std::move(service));
    }
    return file;
}

bool xinetd_service_started(const XinetdService& service, const std::vector<std::string>& disabled,
                            const std::vector<std::string>& enabled, bool has_enabled_list) {
    if (service.disable) return false;
    const std::string& id = service.id.empty() ? service.name : service.id;
    const auto named = [&](const std::vector<std::string>& list) {
        return std::find(list.begin(), list.end(), id) != list.end();
    };
    if (has_enabled_list && !named(enabled)) return false;
    return !named(disabled);
}

}  // namespace oscapvirt::model
