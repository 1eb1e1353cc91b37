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

// 0000:03:10.1 as sysfs names it, or empty. libvirt takes any 32-bit domain (virpci.c checks
// bus, slot and function only) and Linux has domains above ffff (e.g. VMD's 10000:e0:00.0), so
// the domain has 4 to 8 digits.
void check_pci_address(const std::string& address) {
    if (address.empty()) return;
    const std::size_t colon = address.find(':');
    fuzz::require(colon >= 4 && colon <= 8 && address.size() == colon + 8);
    const std::string_view rest = std::string_view(address).substr(colon);
    fuzz::require(rest[0] == ':' && rest[3] == ':' && rest[6] == '.');
    fuzz::require(is_lower_hex(address.substr(0, colon)) && is_lower_hex(rest.substr(1, 2)) &&
                  is_lower_hex(rest.substr(4, 2)) && is_lower_hex(rest.substr(7, 1)));
    fuzz::require(rest[7] <= '7');
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
