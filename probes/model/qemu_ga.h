#pragma once
// Which RPCs the QEMU guest agent refuses, as qemu-ga works it out (qga/main.c):
// - config_load: the [general] group of its GLib key file (model/keyfile.h). The block list is
//   the key `blacklist` when the group has it (every version reads it, 7.2 and later warn that it
//   is deprecated), otherwise `block-rpcs`; `allow-rpcs` (QEMU 8.1 and later). Each value is
//   g_key_file_get_string() split at ',' only (split_list): no blanks trimmed, ';' is part of a
//   name. A file GLib cannot load, or a value it refuses, makes qemu-ga exit.
// - config_parse: getopt_long() over the command line (GNU: options anywhere, "--" ends them,
//   unique prefixes of long options, "-bLIST" or "-b LIST", "--block-rpcs=LIST" or
//   "--block-rpcs LIST"); every -b/--blacklist/--block-rpcs and -a/--allow-rpcs adds to its list.
//   -c/--config (8.1 and later) names the configuration file, which must then exist; otherwise
//   the environment's QGA_CONF, else /etc/qemu/qemu-ga.conf.
// - ga_command_is_allowed (QEMU 9.1; 8.1 to 9.0 refuse to start with both lists): an RPC is
//   refused when a block list names it, or when there is an allow list that does not.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/keyfile.h"
#include "model/parse_error.h"

namespace oscapvirt::model {

inline constexpr const char* kQemuGaDefaultConfig = "/etc/qemu/qemu-ga.conf";

// The option tables of qemu-ga: 7.2 (Debian 12: -b, --blacklist, --block-rpcs) and 8.1 and
// later (adding -a, --allow-rpcs, -c, --config).
enum class QemuGaVersion { V7_2, V8_1 };

// The option table of an upstream version ("7.2+dfsg", "9.2.0"): 8.1 and later, or older.
QemuGaVersion qemu_ga_version_of(std::string_view upstream);

struct RpcFilter {
    std::vector<std::string> blocked, allowed;  // as split, in the order given
    void add(const RpcFilter& other);
    // ga_command_is_allowed() for a command that is not frozen out.
    bool refuses(std::string_view rpc) const;
};

// split_list(): g_strsplit(text, ",", -1): an empty text gives no element.
std::vector<std::string> split_rpc_list(std::string_view text);

// The lists of a loaded configuration file; a ParseError when qemu-ga exits on a value.
Parsed<RpcFilter> qemu_ga_config_filter(const KeyFile& file, QemuGaVersion version);

struct QemuGaCommandLine {
    RpcFilter filter;
    std::optional<std::string> config;  // -c/--config, the last one given
    // Non-empty when qemu-ga exits instead of serving (an unknown option, -h, -V, -D, "-b help").
    std::string exits;
};

// `args` without argv[0].
QemuGaCommandLine parse_qemu_ga_arguments(const std::vector<std::string>& args,
                                          QemuGaVersion version);

}  // namespace oscapvirt::model
