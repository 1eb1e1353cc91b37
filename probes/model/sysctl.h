#pragma once
// sysctl.d as systemd-sysctl reads and applies it (systemd 252, src/sysctl/sysctl.c: run,
// parse_file, apply_all, apply_glob_option_with_prefix; src/basic/conf-files.c: files_add;
// src/basic/sysctl-util.c: sysctl_normalize; src/basic/fileio.c: read_line_full).
//
// - Files: every *.conf name (not hidden) in /etc/sysctl.d, /run/sysctl.d,
//   /usr/local/lib/sysctl.d, /usr/lib/sysctl.d, /lib/sysctl.d; a name found in an earlier
//   directory hides the same name in later ones (a link to /dev/null masks it); all winners are
//   read in the byte order of their names, whatever their directory.
// - Lines end at LF, CR or NUL; blanks are trimmed; '#' and ';' start comments; a line without
//   '=' counts only as "-key" (excludes that key from globs); "-key=value" ignores failures.
// - Keys are normalized to slash form ("net.ipv4.conf.eth0/1.forwarding" names the file
//   net/ipv4/conf/eth0.1/forwarding); assigning a key again with a different value moves it to
//   the end of the order; then every option is written in order, a glob to each matching
//   /proc/sys file that no explicit option names.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oscapvirt::model {

// In priority order (CONF_PATHS_STRV("sysctl.d"), split-usr build as in Debian 12).
inline const std::vector<std::string> kSysctlDirs = {"/etc/sysctl.d", "/run/sysctl.d",
                                                     "/usr/local/lib/sysctl.d", "/usr/lib/sysctl.d",
                                                     "/lib/sysctl.d"};

struct SysctlDirListing {
    std::string dir;
    std::vector<std::string> names;  // every entry of the directory
};

// The files systemd-sysctl reads, as full paths, in reading order.
std::vector<std::string> select_sysctl_files(const std::vector<SysctlDirListing>& dirs);

std::string normalize_sysctl_key(std::string_view key);

struct SysctlOption {
    std::string key;                   // normalized, slash form
    std::optional<std::string> value;  // nullopt: a "-key" line that only shields it from globs
    bool ignore_failure = false;
    bool glob = false;
    std::string file;
    int line = 0;
};

// systemd-sysctl's ordered option table.
class SysctlOptions {
   public:
    void add_file(std::string_view text, const std::string& path);
    const std::vector<SysctlOption>& options() const { return options_; }
    bool has_explicit(const std::string& key) const;

   private:
    std::vector<SysctlOption> options_;
};

struct SysctlWrite {
    std::string key;
    std::string value;
    std::optional<long> stored;  // what the kernel keeps; nullopt: it refuses the value
    const SysctlOption* option = nullptr;
};

// The writes systemd-sysctl makes to the given existing /proc/sys keys, in order.
std::vector<SysctlWrite> sysctl_writes(const SysctlOptions& options,
                                       const std::vector<std::string>& keys);

// The integer the kernel's proc_dointvec stores for a written value, or nullopt when it
// refuses it (linux kernel/sysctl.c: proc_get_long, do_proc_dointvec_conv).
std::optional<long> kernel_int_value(std::string_view value);

// net.ipv4.ip_forward and net.ipv4.conf.all.forwarding are one switch in the kernel.
inline const std::vector<std::string> kIpv4ForwardingKeys = {"net/ipv4/ip_forward",
                                                             "net/ipv4/conf/all/forwarding"};

}  // namespace oscapvirt::model
