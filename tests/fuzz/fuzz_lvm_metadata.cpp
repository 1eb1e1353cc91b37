// libFuzzer target for the LVM metadata reader and device-mapper name splitting. Besides "no
// crash, leak or hang": metadata written back in lvm's own form reads back the same, and a
// split device-mapper name joins back to itself.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.h"
#include "model/lvm_metadata.h"

namespace {

namespace model = oscapvirt::model;

using fuzz::require;

// A string as lvm's exporter writes it: in double quotes, '"' and '\' escaped.
std::string quoted(std::string_view s) {
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string hyphens_doubled(std::string_view s) {
    std::string out;
    for (const char c : s) out += c == '-' ? std::string("--") : std::string(1, c);
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text = fuzz::text_of(data, size);
    const auto parsed = model::parse_lvm_metadata(text);
    if (const auto* m = std::get_if<model::LvmMetadata>(&parsed)) {
        std::string out = "contents = \"Text Format Volume Group\"\nversion = 1\n" +
                          quoted(m->vg_name) + " {\nphysical_volumes {\n";
        for (const auto& pv : m->physical_volumes) {
            out += quoted(pv.name) + " {\nid = \"Aa1b2C-3d4E-5f6G-7h8I-9j0K-1l2M-3n4O5p\"\n";
            if (pv.device) out += "device = " + quoted(*pv.device) + "\n";
            out += "}\n";
        }
        out += "}\n}\n";
        const auto again = model::parse_lvm_metadata(out);
        const auto* m2 = std::get_if<model::LvmMetadata>(&again);
        // names holding '/' are paths in lvm's config tree: not written back here
        bool plain = m->vg_name.find('/') == std::string::npos;
        for (const auto& pv : m->physical_volumes)
            plain = plain && pv.name.find('/') == std::string::npos;
        if (plain) {
            require(m2 != nullptr && m2->vg_name == m->vg_name &&
                    m2->physical_volumes.size() == m->physical_volumes.size());
            for (std::size_t i = 0; i < m->physical_volumes.size(); ++i)
                require(m2->physical_volumes[i].name == m->physical_volumes[i].name &&
                        m2->physical_volumes[i].device == m->physical_volumes[i].device);
        }
    }
    if (const auto split = model::split_dm_lvm_name(text.substr(0, 300)))
        require(hyphens_doubled(split->first) + "-" + hyphens_doubled(split->second) ==
                text.substr(0, 300));
    return 0;
}
