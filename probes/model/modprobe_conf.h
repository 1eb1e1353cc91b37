#pragma once
// modprobe.d as kmod reads it (kmod 30, libkmod/libkmod-config.c: kmod_config_new,
// conf_files_list, conf_files_filter_out, conf_files_insert_sorted, kmod_config_parse;
// shared/util.c: freadline_wrapped, underscores) and the module options as the kernel applies
// them when the module is loaded (kernel/params.c: parse_args, next_arg, parameq).
//
// - Directories, in priority order: /etc/modprobe.d, /run/modprobe.d, /usr/local/lib/modprobe.d,
//   /usr/lib/modprobe.d (kmod 31's DISTCONFDIR), /lib/modprobe.d. Files: names ending in .conf or
//   .alias, not starting with '.'; a name found in an earlier directory hides the same name in
//   later ones; all files are read in byte order of their names, whatever their directory.
// - Lines: a backslash before a newline joins the next line; a line whose first character is
//   '#' is a comment (an indented '#' is not); the command and module name are separated by
//   blanks; "options MODULE REST": REST (tabs as spaces) is passed to the module as it is, so a
//   trailing "# comment" is passed too (the kernel ignores unknown parameters).
// - Module names: '-' is '_' (kvm-intel is kvm_intel). All options lines of a module are joined
//   with spaces in reading order; the kernel applies the parameters left to right, the last
//   value of a parameter winning.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oscapvirt::model {

inline const std::vector<std::string> kModprobeDirs = {"/etc/modprobe.d", "/run/modprobe.d",
                                                       "/usr/local/lib/modprobe.d",
                                                       "/usr/lib/modprobe.d", "/lib/modprobe.d"};

struct ModprobeDirListing {
    std::string dir;
    std::vector<std::string> names;  // the entries kmod would consider (not directories)
};

// The files kmod reads, as full paths, in reading order.
std::vector<std::string> select_modprobe_files(const std::vector<ModprobeDirListing>& dirs);

struct ModprobeOptions {
    std::string module;   // normalized: '-' as '_'
    std::string options;  // as kmod passes them (tabs replaced by spaces)
    std::string file;
    int line = 0;  // first physical line of the (joined) line
};

// The options lines of one file, in order (other commands are not needed here; lines kmod
// refuses as syntax errors are skipped, as kmod skips them).
std::vector<ModprobeOptions> parse_modprobe_options(std::string_view text, const std::string& file);

struct ModuleParam {
    std::string name;                  // '-' as '_' (parameq treats them alike)
    std::optional<std::string> value;  // nullopt: the name alone ("nested"), quotes removed
};

// A module's parameter string split as load_module's parse_args splits it: the kernel command
// line's next_arg (model/kernel_cmdline.h), up to a bare "--".
std::vector<ModuleParam> split_module_params(std::string_view options);

}  // namespace oscapvirt::model
