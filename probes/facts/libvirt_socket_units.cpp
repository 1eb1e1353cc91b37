#include "facts/libvirt_socket_units.h"

namespace oscapvirt::facts {

LibvirtSocketUnits collect_libvirt_socket_units(const sources::RootFs& fs) {
    LibvirtSocketUnits units;
    // The dependency links once for all units: a *.wants entry that is not a directory makes
    // every unit's enablement an error.
    const Reading<std::vector<DependencyLink>> links = read_dependency_links(fs);
    for (const std::string& daemon : kLibvirtDaemons) {
        for (const char* suffix :
             {".socket", "-ro.socket", "-admin.socket", "-tcp.socket", "-tls.socket"}) {
            const std::string unit = daemon + suffix;
            SocketUnitReading reading{{}, read_loaded_unit(fs, unit)};
            reading.state = links ? read_unit_state(fs, unit, *links) : links.error();
            units.emplace(unit, std::move(reading));
        }
    }
    return units;
}

}  // namespace oscapvirt::facts
