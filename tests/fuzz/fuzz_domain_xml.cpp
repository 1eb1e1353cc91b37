// libFuzzer target for the domain XML model: the persistent (<domain>) and the live state
// (<domstatus>) parsers. Besides "no crash, leak or hang" it checks what checks rely on: a
// parsed domain has a name, and device names are either well-formed or empty, so that a
// malformed device never matches an allow-list entry.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "model/domain.h"
#include "fuzz_support.h"

namespace {

using oscapvirt::model::DomainDef;
using oscapvirt::model::DomainStatus;
using oscapvirt::model::ParseError;

bool is_lower_hex(std::string_view text) {
    for (char c : text)
        if (!std::isxdigit(static_cast<unsigned char>(c)) ||
            std::isupper(static_cast<unsigned char>(c)))
            return false;
    return true;
}

// 0000:03:10.1 exactly, or empty.
void check_pci_address(const std::string& address) {
    if (address.empty()) return;
    fuzz::require(address.size() == 12 && address[4] == ':' && address[7] == ':' &&
                  address[10] == '.');
    fuzz::require(is_lower_hex(address.substr(0, 4)) && is_lower_hex(address.substr(5, 2)) &&
                  is_lower_hex(address.substr(8, 2)) && is_lower_hex(address.substr(11, 1)));
    fuzz::require(address[11] <= '7');
}

void check_domain(const DomainDef& def) {
    fuzz::require(!def.name.empty());
    for (const auto& dev : def.hostdevs) {
        if (dev.type == "pci") check_pci_address(dev.address);
        if (dev.via_interface) fuzz::require(dev.type == "pci");
    }
    for (const auto& graphics : def.graphics) {
        if (graphics.port) fuzz::require(*graphics.port >= -1 && *graphics.port <= 65535);
        if (graphics.tls_port)
            fuzz::require(*graphics.tls_port >= -1 && *graphics.tls_port <= 65535);
    }
    fuzz::require(def.smartcards == static_cast<int>(def.smartcard_devices.size()));
    if (!def.has_redirfilter) fuzz::require(def.redirfilter.empty());
}

void check_error(const ParseError& error) {
    fuzz::require(!error.message.empty());
    fuzz::require(error.line >= 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view xml(reinterpret_cast<const char*>(data), size);
    const auto domain = oscapvirt::model::parse_domain_xml(xml);
    if (const auto* error = std::get_if<ParseError>(&domain))
        check_error(*error);
    else
        check_domain(std::get<DomainDef>(domain));
    const auto status = oscapvirt::model::parse_domain_status_xml(xml);
    if (const auto* error = std::get_if<ParseError>(&status)) {
        check_error(*error);
    } else {
        const auto& live = std::get<DomainStatus>(status);
        fuzz::require(live.pid > 0);
        check_domain(live.live);
    }
    return 0;
}
