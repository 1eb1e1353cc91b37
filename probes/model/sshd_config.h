#pragma once
// sshd_config as OpenSSH's sshd reads it (openssh 9.2p1, servconf.c: load_server_config,
// parse_server_config_depth, process_server_config_line_depth, match_cfg_line; misc.c:
// strdelim_internal, argv_split).
//
// What the reader reproduces, for the settings checks judge (PermitRootLogin):
// - each line loses leading blanks, trailing blanks, anything from '#' in the arguments;
//   keyword and value may be separated by blanks or one '=' (with blanks around it); keywords
//   and values are compared without regard to case;
// - the first value obtained wins; later ones are ignored;
// - `Match` starts a conditional block: at start-up (no connection) only `Match all` is active,
//   so a setting inside any other Match block does not change the global value;
// - `Include` reads each file its glob names, in sorted order, in place; relative names are
//   under /etc/ssh; a file included from inside a Match block never reactivates settings;
// - anything sshd refuses to start with in these directives (unknown keyword, keyword without
//   argument, unbalanced quotes, a global-only keyword inside Match, a bad Match condition, an
//   unsupported PermitRootLogin value, extra arguments, includes nested deeper than 16) is a
//   ParseError. The arguments of other keywords are not validated.
#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/parse_error.h"

namespace oscapvirt::model {

struct SshdSource {
    std::string path;
    std::string text;
};

// The files an Include pattern (absolute, after sshd prefixed /etc/ssh/) names, in the order
// glob(3) returns them, or why they could not be read.
using SshdIncludeResult = std::variant<std::vector<SshdSource>, std::string>;
using SshdIncludeResolver = std::function<SshdIncludeResult(const std::string& pattern)>;

struct SshdSetting {
    std::string value;  // lower case, as sshd's table names it
    std::string file;
    int line = 0;
};

// A setting inside a Match block: it applies only to connections the block matches.
struct SshdConditionalSetting {
    SshdSetting setting;
    std::string match;         // the Match line's criteria
    bool matches_all = false;  // `Match all`: the block applies to every connection
    std::string match_file;
    int match_line = 0;
};

struct SshdConfig {
    std::optional<SshdSetting> permit_root_login;  // the global value, nullopt: sshd's default
    std::vector<SshdConditionalSetting> conditional_permit_root_login;
    std::vector<std::string> files;  // every file read, in reading order

    // What a connection that meets no Match criteria but `all` gets (what `sshd -T` prints
    // without -C): the first value of a `Match all` block, else the global value or default.
    std::string permit_root_login_for_any_connection() const;
};

// sshd's built-in PermitRootLogin since OpenSSH 7.0.
inline constexpr const char* kSshdDefaultPermitRootLogin = "prohibit-password";

// A ParseError names the file in its message.
Parsed<SshdConfig> parse_sshd_config(const SshdSource& main, const SshdIncludeResolver& include);

}  // namespace oscapvirt::model
