#pragma once
// Local SELinux boolean settings kept outside the kernel, which set a boolean at the next policy
// load: the policy store's booleans.local (setsebool -P, semanage boolean -m) and the legacy
// per-policy booleans files older libselinux loaded itself.
#include <string>
#include <string_view>
#include <vector>

#include "model/parse_error.h"

namespace oscapvirt::model {

struct LocalBoolean {
    std::string name;
    bool value = false;
    int line = 0;
};

// booleans.local of a policy store, as libsemanage reads it (libsemanage/src/booleans_file.c:
// bool_parse; parse_utils.c: parse_skip_space, parse_fetch_string, parse_fetch_int,
// parse_assert_space): records "NAME = VALUE" separated by white space (several may share a
// line), VALUE true/TRUE/false/FALSE or a decimal 0/1, '#' starting a line after blanks makes it
// a comment. Anything else makes libsemanage refuse the whole store: a parse error.
Parsed<std::vector<LocalBoolean>> parse_booleans_local(std::string_view text);

// /etc/selinux/TYPE/booleans and booleans.local, as libselinux up to 2.x loaded them
// (libselinux/src/booleans.c: process_boolean, load_booleans): one "NAME=VALUE" per line, blank
// and '#' lines skipped, NAME trimmed, VALUE a number (atoi) or true/false in any case; a value
// other than 0 or 1 is refused (a parse error).
Parsed<std::vector<LocalBoolean>> parse_legacy_booleans(std::string_view text);

}  // namespace oscapvirt::model
