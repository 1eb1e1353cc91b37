#pragma once
// systemd environment files (EnvironmentFile=, /etc/sysconfig/*, /etc/default/*) as systemd
// loads them: src/basic/env-file.c parse_env_file_internal and load_env_file_push, then
// src/core/execute.c exec_context_load_environment, which drops assignments whose name
// (env_name_is_valid) or value (env_value_is_valid) the environment cannot hold.
//
// KEY=VALUE per line, blanks around the key and before the value dropped, '#' or ';' starting a
// comment line; unquoted values lose trailing blanks and take a backslash as "next character
// literally" (a backslash-newline joins lines); '...' keeps everything; "..." resolves \" \\ \`
// \$ and a backslash-newline, keeping any other backslash; quoted and unquoted parts of one value
// join; a line without '=' is ignored; a later assignment of a name replaces an earlier one.
// Invalid UTF-8 makes systemd refuse the whole file (a ParseError here). A comment ending in a
// backslash continued onto the next line before systemd 254 and no longer does since: when the
// next line holds an assignment the versions disagree, and that is a ParseError too.
#include <string>
#include <string_view>
#include <vector>

#include "model/parse_error.h"

namespace oscapvirt::model {

struct EnvAssignment {
    std::string name, value;
    int line = 0;
};

// The assignments in file order, each name once (its last value, at its last line's position
// as systemd's strv_env_replace keeps it: in place of the first).
Parsed<std::vector<EnvAssignment>> parse_env_file(std::string_view text);

// env_name_is_valid(): letters, digits and '_', not starting with a digit.
bool env_name_valid(std::string_view name);

}  // namespace oscapvirt::model
