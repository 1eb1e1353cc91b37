#pragma once
// Unit enablement as `systemctl is-enabled` computes it (systemd 252, src/shared/install.c:
// unit_file_lookup_state, find_symlinks_in_scope, unit_file_load), for plain (non-template)
// units:
// - the unit file is the first one named so along the search path; none: not found;
// - a unit file that is a link to /dev/null, or empty, is masked (masked-runtime under /run);
// - a link named after the unit in a *.wants or *.requires directory of the
//   configuration directories (/etc/systemd/system, /run/systemd/system) enables it (under
//   /run: enabled-runtime, gone at reboot); vendor presets and /usr/lib wants links do not;
// - otherwise a unit with WantedBy, RequiredBy, UpheldBy or Alias is disabled, one with only
//   Also is indirect, one without any is static.
// Template instances (NAME@INSTANCE.service) use the template's unit file NAME@.service when
// no file is named after the instance (install.c: unit_file_search); a link named after the
// instance enables it. Aliases, generated and transient units are outside this reader.
//
// Unit file lookup for the unit's settings (src/basic/unit-file.c, src/shared/dropin.c:
// unit_file_find_dropin_paths): the unit file is the first one along the search path (for an
// instance, then its template's); its drop-ins are the *.conf files of the directories
// UNIT.d, TEMPLATE.d, each dash prefix PREFIX-.TYPE.d and TYPE.d in every search directory,
// applied in file-name order, a name in an earlier directory hiding the same name later.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oscapvirt::model {

enum class UnitState {
    Enabled,
    EnabledRuntime,
    Disabled,
    Static,
    Indirect,
    Masked,
    MaskedRuntime,
    NotFound
};

std::string_view unit_state_name(UnitState state);

// The system unit search path in order (systemd 252 with split /usr, as Debian 12 builds it:
// its own unit directory is /lib/systemd/system, searched before /usr/lib/systemd/system).
inline const std::vector<std::string> kSystemUnitPath = {
    "/etc/systemd/system.control",   "/run/systemd/system.control",  "/run/systemd/transient",
    "/run/systemd/generator.early",  "/etc/systemd/system",          "/etc/systemd/system.attached",
    "/run/systemd/system",           "/run/systemd/system.attached", "/run/systemd/generator",
    "/usr/local/lib/systemd/system", "/lib/systemd/system",          "/usr/lib/systemd/system",
    "/run/systemd/generator.late"};

// The [Install] directives with a value: rules (WantedBy, RequiredBy, UpheldBy, Alias), only
// Also, or none.
enum class InstallInfo { None, AlsoOnly, Rules };
InstallInfo unit_install_info(std::string_view text);

struct UnitFile {
    std::string path;
    bool masked = false;  // a link to /dev/null, or empty
    std::string text;
};

UnitState unit_file_state(const std::optional<UnitFile>& file, bool wanted_in_etc,
                          bool wanted_in_run);

// The links that bear on one unit's state (install.c: find_symlinks_in_scope), from the
// *.wants and *.requires directories of the search path.
struct UnitLinks {
    bool in_etc = false;  // a link named after the unit under /etc/systemd/system
    bool in_run = false;  // ... under /run/systemd/system
    // A link named after an instance under another search directory (/usr/lib...): systemctl
    // reports the instance static (verified against systemctl 252; plain units ignore these).
    bool instance_in_vendor = false;
    // For a template (NAME@.service): a link named after one of its instances under /etc or
    // /run makes the template indirect.
    bool instances_in_config = false;
};
UnitState unit_file_state(const std::optional<UnitFile>& file, const UnitLinks& links);

// A unit name as systemd splits it (unit-name.c): "getty@tty1.service" is prefix "getty",
// instance "tty1", type "service"; a template has '@' and an empty instance.
struct UnitName {
    std::string prefix;
    std::string instance;
    std::string type;
    bool templated = false;  // has '@': a template (empty instance) or an instance of one

    std::string full() const;           // back to the name
    std::string template_name() const;  // "getty@.service"; only when templated
};
// nullopt for a name systemd would refuse (no known type suffix, empty prefix, '/', ...).
std::optional<UnitName> parse_unit_name(std::string_view name);

// The drop-in directory names systemd reads for a unit, most specific first: UNIT.d, then the
// template's, then for "a-b-c.service" "a-b-.service.d" and "a-.service.d", then "service.d".
std::vector<std::string> unit_dropin_dir_names(std::string_view unit);

// A loaded unit: its unit file and the drop-ins applied on top, in the order systemd applies
// them. `file` is nullopt when no unit file exists (not found).
struct LoadedUnit {
    std::optional<UnitFile> file;
    std::vector<UnitFile> dropins;
};

// Orders drop-ins as systemd does: by file name; of two with the same name, the one found
// first (the earlier search directory) wins. `found` is in search-path order.
std::vector<UnitFile> order_dropins(std::vector<UnitFile> found);

// Every assignment of Section.Key across the unit file and its drop-ins, in the order systemd
// applies them, empty ones included: for a scalar setting, whose parser decides what an empty
// or invalid value does (config_parse_mode, for one, ignores both).
struct UnitAssignment {
    std::string file;
    std::string value;
};
std::vector<UnitAssignment> unit_setting_assignments(const LoadedUnit& unit,
                                                     std::string_view section,
                                                     std::string_view key);

// The values of Section.Key across the unit file and its drop-ins, as systemd's parser
// (conf-parser.c: config_parse) accumulates list settings such as ExecStart: lines continued
// with a trailing backslash are joined, '#' and ';' start comments, and an empty assignment
// clears what came before. A masked unit has no settings.
std::vector<std::string> unit_setting_values(const LoadedUnit& unit, std::string_view section,
                                             std::string_view key);

}  // namespace oscapvirt::model
