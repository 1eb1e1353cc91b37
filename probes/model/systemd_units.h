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
// Aliases, templates, generated and transient units are outside this reader.
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

}  // namespace oscapvirt::model
