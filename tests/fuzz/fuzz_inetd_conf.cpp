// libFuzzer target for the inetd.conf reader: any bytes give entries with six fields at least.
#include <cstddef>
#include <cstdint>
#include <string>

#include "model/inetd_conf.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oscapvirt::model;
    const std::string text = fuzz::text_of(data, size);
    const InetdConf conf = parse_inetd_conf(text);
    for (const InetdEntry& entry : conf.entries) {
        fuzz::require(entry.line > 0 && !entry.socket_type.empty() && !entry.server.empty());
        fuzz::require(entry.service.find(':') == std::string::npos);
    }
    return 0;
}
