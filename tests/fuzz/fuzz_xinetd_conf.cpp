// libFuzzer target for the xinetd configuration reader: any bytes give a file or a ParseError,
// never a crash; every service of a parsed file has a name and a line.
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

#include "model/xinetd_conf.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oscapvirt::model;
    const std::string text = fuzz::text_of(data, size);
    const auto parsed = parse_xinetd_conf(text);
    if (const auto* file = std::get_if<XinetdFile>(&parsed)) {
        for (const XinetdService& service : file->services) {
            fuzz::require(!service.name.empty() && service.line > 0);
            if (service.disable) fuzz::require(!xinetd_service_started(service, {}, {}, false));
        }
        for (const XinetdInclude& include : file->includes) fuzz::require(!include.path.empty());
    } else {
        fuzz::require(!std::get<ParseError>(parsed).message.empty());
    }
    fuzz::require(!xinetd_includedir_reads(text + "~"));
    return 0;
}
