#pragma once
// The AppArmor texts libvirt's AppArmor security driver and virt-aa-helper rely on, read the
// way they and the kernel write them:
//   * the kernel's list of loaded profiles, /sys/kernel/security/apparmor/profiles, one
//     "NAME (MODE)" per line (security/apparmor/apparmorfs.c, seq_show_profile); libvirt's
//     profile_status() (src/security/security_apparmor.c) searches it for "NAME " and
//     "NAME (enforce)";
//   * a process's confinement, /proc/<pid>/attr/apparmor/current (or attr/current when AppArmor
//     is the only LSM): "unconfined" or "NAME (MODE)", newline-terminated
//     (security/apparmor/procattr.c, aa_getprocattr);
//   * profile text in the policy language of apparmor.d(5) (apparmor's parser/parser_lex.l and
//     parser_yacc.y), reduced to what decides which files a guest may write: file rules with
//     their permissions and qualifiers, includes, and variable assignments. virt-aa-helper's
//     per-guest files list (libvirt-<uuid>.files, written by vah_add_path in
//     src/security/virt-aa-helper.c) is such text: `  "PATH" PERMS,` lines.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/parse_error.h"

namespace oscapvirt::model {

struct AppArmorProfileState {
    std::string name;
    std::string mode;  // enforce, complain, kill, unconfined, ...
};

// The loaded-profiles listing. A line that is not "NAME (MODE)" is an error.
Parsed<std::vector<AppArmorProfileState>> parse_apparmor_profiles(std::string_view text);

// A process's AppArmor label: "unconfined" has no mode.
struct AppArmorLabel {
    std::string profile;
    std::string mode;
    bool unconfined() const { return profile == "unconfined" && mode.empty(); }
    std::string to_string() const { return mode.empty() ? profile : profile + " (" + mode + ")"; }
};
Parsed<AppArmorLabel> parse_apparmor_label(std::string_view text);

// A file rule: [audit] [deny] [owner] [file] PATH PERMS [-> TARGET], (or PERMS PATH).
struct AppArmorFileRule {
    std::string path;   // the path pattern, unquoted, variables not expanded
    std::string perms;  // as written, e.g. "rwk", "mrix"
    bool deny = false;
    bool owner = false;
    int line = 0;
    bool writes() const;  // grants (or, with deny, refuses) writing: 'w' or 'a'
};

struct AppArmorInclude {
    std::string target;      // as written between <> or ""
    bool search_dir = true;  // <target>: relative to /etc/apparmor.d
    bool if_exists = false;  // `include if exists`: a missing file is no error
    int line = 0;
};

struct AppArmorPolicyText {
    std::vector<AppArmorFileRule> file_rules;
    std::vector<AppArmorInclude> includes;
    std::vector<std::string> profiles;  // names declared with `profile NAME`
    // Variables assigned here (`@{NAME} = a b`, `+=` appends), values split on blanks.
    std::map<std::string, std::vector<std::string>> variables;
};

// Parses profile text. Rules this model does not judge (capability, network, signal, ptrace,
// unix, dbus, mount, ...) are skipped whole; unbalanced braces or quotes, or a file rule
// without permissions, are errors.
Parsed<AppArmorPolicyText> parse_apparmor_policy(std::string_view text);

// AppArmor's variables as the stock tunables (tunables/home, tunables/proc, tunables/multiarch,
// tunables/kernelvars, tunables/run) define them on Debian; a policy's own assignments win.
std::map<std::string, std::vector<std::string>> default_apparmor_variables();

// The plain globs a path pattern stands for: variables and {a,b} alternations expanded,
// repeated slashes collapsed. An undefined variable or an expansion beyond `limit` is an error.
Parsed<std::vector<std::string>> expand_apparmor_pattern(
    std::string_view pattern, const std::map<std::string, std::vector<std::string>>& variables,
    std::size_t limit = 4096);

// Whether a plain glob (*, **, ?, [set], [^set], \ escapes) matches a concrete path, with
// AppArmor's meaning: * and ? never cross '/', ** does.
bool apparmor_glob_matches(std::string_view glob, std::string_view path);

}  // namespace oscapvirt::model
