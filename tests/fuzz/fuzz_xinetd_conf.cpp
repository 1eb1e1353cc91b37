// libFuzzer target for the xinetd configuration reader: any bytes give a file or a ParseError,
// never a crash; every service of a parsed file has a name and a line.
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

#include "model/xinetd_conf.h"

namespace {
void require(bool condition) {
    if (!condition) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oscapvirt::model;
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto parsed = parse_xinetd_conf(text);
    if (const auto* file = std::get_if<XinetdFile>(&parsed)) {
        for (const XinetdService& service : file->services) {
            require(!service.name.empty() && service.line > 0);
            if (service.disable) require(!xinetd_service_started(service, {}, {}, false));
        }
        for (const XinetdInclude& include : file->includes) require(!include.path.empty());
    } else {
        require(!std::get<ParseError>(parsed).message.empty());
    }
    require(!xinetd_includedir_reads(text + "~"));
    return 0;
}
