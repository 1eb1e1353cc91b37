// libFuzzer target for the inetd.conf reader: any bytes give entries with six fields at least.
#include <cstddef>
#include <cstdint>
#include <string>

#include "model/inetd_conf.h"

namespace {
void require(bool condition) {
    if (!condition) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oscapvirt::model;
    const std::string text(reinterpret_cast<const char*>(data), size);
    const InetdConf conf = parse_inetd_conf(text);
    for (const InetdEntry& entry : conf.entries) {
        require(entry.line > 0 && !entry.socket_type.empty() && !entry.server.empty());
        require(entry.service.find(':') == std::string::npos);
    }
    return 0;
}
