// libFuzzer target for the /etc/group reader.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "model/group_file.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oscapvirt::model;
    const auto entries =
        parse_group_file(std::string_view(reinterpret_cast<const char*>(data), size));
    for (const GroupEntry& entry : entries) {
        fuzz::require(entry.gid <= 0xffffffffUL);
        fuzz::require(find_group(entries, entry.name) != nullptr);
        for (const std::string& member : entry.members)
            fuzz::require(!member.empty() && member.find(',') == std::string::npos);
    }
    return 0;
}
