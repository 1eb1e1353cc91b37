#include "model/inetd_conf.h"

#include <algorithm>

namespace oscapvirt::model {

InetdConf parse_inetd_conf(std::string_view text) {
    InetdConf conf;
    int number = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t newline = std::min(text.find('\n', pos), text.size());
        const std::string_view line = text.substr(pos, newline - pos);
        pos = newline + 1;
        ++number;
        std::vector<std::string_view> fields;
        std::size_t at = 0;
        while (at < line.size()) {
            while (at < line.size() && (line[at] == ' ' || line[at] == '\t' || line[at] == '\r'))
                ++at;
            std::size_t end = at;
            while (end < line.size() && line[end] != ' ' && line[end] != '\t' && line[end] != '\r')
                ++end;
            if (end > at) fields.push_back(line.substr(at, end - at));
            at = end;
        }
        if (fields.empty() || fields[0][0] == '#') continue;
        if (fields.size() < 6) {
            conf.malformed.push_back(number);
            continue;
        }
        std::string_view service = fields[0];
        if (const std::size_t colon = service.rfind(':'); colon != std::string_view::npos)
            service.remove_prefix(colon + 1);
        conf.entries.push_back(
            {number, std::string(service), std::string(fields[1]), std::string(fields[5])});
    }
    return conf;
}

}  // namespace oscapvirt::model
