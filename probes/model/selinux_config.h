#pragma once
// /etc/selinux/config as libselinux reads it (libselinux 3.4, src/selinux_config.c).
//
// Two readers in libselinux look at the same file with different rules:
// - selinux_getenforcemode(): reads the file in fgets() chunks of one page, honours only a chunk
//   starting exactly with "SELINUX=" (no leading blanks, case-sensitive tag), skips blanks after
//   '=', and takes the first chunk whose value *starts with* enforcing, permissive or disabled
//   (case-insensitive); other values are passed over. Nothing matching: the caller
//   (selinux_init_load_policy) boots permissive.
// - init_selinux_config() (behind selinux_getpolicytype()): reads whole lines, skips leading
//   blanks, matches "SELINUXTYPE=" case-insensitively, keeps the rest of the line (quotes
//   included) minus trailing blanks and control characters; the last such line wins; none at
//   all: the compile-time default "targeted".
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oscapvirt::model {

enum class SelinuxMode { Enforcing, Permissive, Disabled };

std::string_view selinux_mode_name(SelinuxMode mode);

// libselinux's SELINUXDEFAULT, used when no SELINUXTYPE= line exists.
inline constexpr std::string_view kLibselinuxDefaultPolicyType = "targeted";

struct SelinuxConfig {
    std::optional<SelinuxMode> mode;  // nullopt: no line libselinux accepts (boots permissive)
    int mode_line = 0;                // 1-based line of the accepted SELINUX= setting
    std::optional<std::string> policy_type;  // as libselinux keeps it; nullopt: no SELINUXTYPE=
    int policy_type_line = 0;
    // Lines that look like they set SELINUX or SELINUXTYPE but that libselinux does not honour
    // for that setting (indented or spaced SELINUX line, SELINUX= with another value).
    std::vector<int> ignored_mode_lines;

    std::string effective_policy_type() const {
        return policy_type ? *policy_type : std::string(kLibselinuxDefaultPolicyType);
    }
};

SelinuxConfig parse_selinux_config(std::string_view text);

}  // namespace oscapvirt::model
