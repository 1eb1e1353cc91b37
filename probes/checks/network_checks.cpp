// Guide ch. 5: consoles and network exposure of guests.
#include <algorithm>

#include "checks/guest_helpers.h"
#include "checks/registry.h"

namespace oscapvirt::checks {
namespace {

std::string insecure_channels(const model::Graphics& graphics) {
    std::string names;
    for (const auto& channel : graphics.channels)
        if (channel.mode == "insecure") names += (names.empty() ? "" : ",") + channel.name;
    return names;
}

// N02, guide 5.2.1: a SPICE client must not be able to pick a plaintext channel.
Verdict spice_requires_tls(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    for_each_guest_definition(snapshot, [&](const facts::Guest& guest, const char* kind,
                                            const model::DomainDef& def) {
        for (const model::Graphics& graphics : def.graphics) {
            if (graphics.type != "spice") continue;
            // libvirt refuses defaultMode='secure' on a display without a TLS port
            // (qemuBuildGraphicsSPICECommandLine): nothing to require there.
            if (!model::spice_opens_tcp_port(graphics)) {
                verdict.note(field("guest", guest.name) + " " + field("definition", kind) + " " +
                             field("listen", graphics.listen_addresses.empty()
                                                 ? "none"
                                                 : graphics.listen_addresses.front()) +
                             " " + field("note", "no TCP listener: TLS not applicable"));
                continue;
            }
            const std::string insecure = insecure_channels(graphics);
            const std::string mode = graphics.default_mode.empty() ? "any" : graphics.default_mode;
            std::string line = field("guest", guest.name) + " " + field("definition", kind) + " " +
                               field("defaultMode", mode) + " " +
                               field("insecure_channels", insecure.empty() ? "none" : insecure);
            if (mode == "secure" && insecure.empty())
                verdict.pass(std::move(line));
            else
                verdict.fail(std::move(line));
        }
    });
    return std::move(verdict).finish();
}

}  // namespace

void add_network_checks(Registry& registry) {
    registry.add({"guest_spice_requires_tls", facts::kNeedGuests, spice_requires_tls});
}

}  // namespace oscapvirt::checks
