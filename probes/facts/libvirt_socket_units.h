#pragma once
// The systemd socket units of libvirt's daemons (NAME-tcp.socket, NAME-admin.socket, ...) as
// systemd sees them in the judged root: each unit's enablement and its unit file with drop-ins,
// through the one units reader (facts/systemd_units.h).
#include <map>
#include <string>
#include <vector>

#include "facts/reading.h"
#include "facts/systemd_units.h"
#include "sources/root_fs.h"

namespace oscapvirt::facts {

struct SocketUnitReading {
    UnitReading state;                  // enablement as `systemctl is-enabled` reports it
    Reading<model::LoadedUnit> loaded;  // the unit file and its drop-ins
};

// By unit name. Every NAME-tcp.socket, NAME-tls.socket, NAME-admin.socket, NAME-ro.socket and
// NAME.socket of the daemons libvirt ships (kLibvirtDaemons), read whether it exists or not.
using LibvirtSocketUnits = std::map<std::string, SocketUnitReading>;

inline const std::vector<std::string> kLibvirtDaemons = {
    "libvirtd",      "virtqemud",    "virtproxyd",  "virtnetworkd",
    "virtstoraged",  "virtnodedevd", "virtsecretd", "virtinterfaced",
    "virtnwfilterd", "virtlxcd",     "virtxend",    "virtchd",
    "virtvboxd",     "virtbhyved",   "virtlogd",    "virtlockd"};

LibvirtSocketUnits collect_libvirt_socket_units(const sources::RootFs& fs);

}  // namespace oscapvirt::facts
