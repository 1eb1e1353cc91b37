#pragma once
// Configuration files that programs read by sourcing them with a POSIX shell (dracut's
// dracut.conf and dracut.conf.d/*.conf, initramfs-tools' initramfs.conf and conf.d/*), read as
// bash executes them when they only assign variables: NAME=VALUE and NAME+=VALUE (several per
// line, ';' between commands), single and double quotes, backslash escapes and continuations,
// $NAME and ${NAME} expansion, '#' comments. Anything else (a command, command substitution,
// arithmetic, control flow) is a ParseError: what it would do is not judged.
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "model/parse_error.h"

namespace oscapvirt::model {

using ShellVariables = std::map<std::string, std::string>;

// Runs `text` over `variables` (the values earlier files left), as `. FILE` would. With
// `unknown`, a command substitution ($(...) or `...`) is not an error: the variable assigned
// from it, and any later one whose value expands it, is added to `unknown` (its value is not
// known), and a plain assignment of a known value removes a name again.
Parsed<ShellVariables> source_shell_assignments(std::string_view text, ShellVariables variables,
                                                std::set<std::string>* unknown = nullptr);

}  // namespace oscapvirt::model
