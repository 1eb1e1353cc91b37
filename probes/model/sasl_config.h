#pragma once
// An application's Cyrus SASL configuration file (/etc/sasl2/<app>.conf) as libsasl2 reads it.
//
// Followed: cyrus-sasl 2.1.28 (Debian 12), lib/config.c sasl_config_init and
// sasl_config_getstring, lib/server.c sasl_server_new (how mech_list is split).
// - The file is read with fgets into a 4096-byte buffer: a line longer than 4095 bytes goes on
//   as a new line; only '\n' ends a line (a lone '\r' does not).
// - Leading isspace() characters are skipped; an empty line or one starting with '#' is
//   ignored ('#' later in a line is part of the value).
// - The key is made of ASCII letters, digits, '-' and '_', folded to lower case, and must be
//   followed directly by ':' (no blank before it); otherwise the whole file is refused
//   (SASL_CONFIGERR: sasl_server_init fails, and so does libvirt's SASL set-up).
// - After ':' blanks are skipped; an empty value refuses the file too; trailing isspace()
//   characters (a '\r' included) are removed.
// - A key given twice: sasl_config_getstring returns the first.
// Reading a byte above 0x7f with isspace()/isalnum() depends on the daemon's locale, and a NUL
// byte cuts fgets' line short in a way libsasl does not handle: both are refused here, so the
// reading never guesses.
#include <string>
#include <string_view>
#include <vector>

#include "model/parse_error.h"

namespace oscapvirt::model {

struct SaslOption {
    std::string key;  // lower case
    std::string value;
    int line = 0;
};

struct SaslConfig {
    std::vector<SaslOption> options;  // in file order, duplicates kept
    // What sasl_config_getstring returns: the first option of that (lower-case) key.
    const SaslOption* find(std::string_view key) const;
};

Parsed<SaslConfig> parse_sasl_config(std::string_view text);

// The mechanism names of a mech_list value, split as sasl_server_new splits it: at isspace()
// characters only (a ',' is part of a name).
std::vector<std::string> split_mech_list(std::string_view value);

}  // namespace oscapvirt::model
