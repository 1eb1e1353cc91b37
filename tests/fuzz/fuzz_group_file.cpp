// libFuzzer target for the /etc/group reader.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "model/group_file.h"

namespace {
void require(bool condition) {
    if (!condition) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oscapvirt::model;
    const auto entries =
        parse_group_file(std::string_view(reinterpret_cast<const char*>(data), size));
    for (const GroupEntry& entry : entries) {
        require(entry.gid <= 0xffffffffUL);
        require(find_group(entries, entry.name) != nullptr);
        for (const std::string& member : entry.members)
            require(!member.empty() && member.find(',') == std::string::npos);
    }
    return 0;
}
