#pragma once
// systemd units read from the judged root: which unit file (and drop-ins) systemd loads for a
// unit, which links in the unit directories' *.wants and *.requires directories pull units in,
// and each unit's enablement as `systemctl --root is-enabled` reports it (model/systemd_units.h
// has the rules). SysV init start links for hosts without systemd units.
#include <map>
#include <string>
#include <vector>

#include "facts/reading.h"
#include "model/systemd_units.h"
#include "sources/root_fs.h"

namespace oscapvirt::facts {

inline constexpr const char* kEtcUnitDir = "/etc/systemd/system";
inline constexpr const char* kRunUnitDir = "/run/systemd/system";

// A link in a *.wants or *.requires directory: `target` wants or requires `unit`.
struct DependencyLink {
    std::string path;      // e.g. /etc/systemd/system/multi-user.target.wants/sshd.service
    std::string unit_dir;  // /etc/systemd/system
    std::string target;    // multi-user.target
    std::string unit;      // sshd.service: the link's own name
};

// Every symbolic link in the *.wants and *.requires directories of each of `unit_dirs`
// (missing directories are skipped; by default the whole search path). A *.wants or *.requires
// entry that is not a directory (a FIFO, a file) or a directory that cannot be listed is an error:
// systemd would skip it, a judge cannot tell what it was meant to hold.
Reading<std::vector<DependencyLink>> read_dependency_links(
    const sources::RootFs& fs, const std::vector<std::string>& unit_dirs = model::kSystemUnitPath);

// The unit file systemd uses for `unit`: the first file or link of that name along the search
// path, for an instance the template's when no file is named after the instance; a link to
// /dev/null or an empty file is masked. nullopt: not found (a link to a removed file included).
sources::FsResult<std::optional<model::UnitFile>> find_unit_file(const sources::RootFs& fs,
                                                                 const std::string& unit);

// The unit file and its drop-ins (*.conf of every drop-in directory along the search path,
// see model::unit_dropin_dir_names), as systemd loads them. A drop-in that cannot be read, or
// a drop-in directory that is not one, is an error.
Reading<model::LoadedUnit> read_loaded_unit(const sources::RootFs& fs, const std::string& unit);

struct UnitStatus {
    model::UnitState state = model::UnitState::NotFound;
    std::string unit_file;        // the file systemd uses; empty when not found
    std::string wanted_by;        // the link that enables it
    std::string sysv_start_link;  // a runlevel 3 start link (SysV init), when there is one
};
using UnitReading = Reading<UnitStatus>;

// The enablement of a system unit, as `systemctl --root is-enabled` reports it, given the
// dependency links of the search path (read_dependency_links).
UnitReading read_unit_state(const sources::RootFs& fs, const std::string& unit,
                            const std::vector<DependencyLink>& links);
// Same, reading the links first.
UnitReading read_unit_state(const sources::RootFs& fs, const std::string& unit);

// A SysV init start link: /etc/rc.d/rcN.d/S<digits>NAME or /etc/rcN.d/S<digits>NAME.
struct SysvStartLink {
    std::string path;
    int runlevel = 0;
    std::string service;  // NAME
};
// The start links of runlevels 2 to 5 (both directory layouts). A runlevel directory that
// exists but cannot be listed is an error.
Reading<std::vector<SysvStartLink>> read_sysv_start_links(const sources::RootFs& fs);

// Every unit that a link in /etc/systemd/system or /run/systemd/system pulls in, with its
// enablement, and the SysV start links: what starts at boot.
struct BootUnits {
    std::map<std::string, UnitStatus> units;  // by the links' unit names
    std::vector<DependencyLink> links;        // along the whole search path
    std::vector<SysvStartLink> sysv;
};
Reading<BootUnits> read_boot_units(const sources::RootFs& fs);

}  // namespace oscapvirt::facts
