#pragma once
// Command lines of systemd services (ExecStart= and friends) as systemd turns them into the
// program's argv:
// - load time (src/core/load-fragment.c config_parse_exec): the value is split into words with
//   extract_first_word(EXTRACT_UNQUOTE | EXTRACT_CUNESCAPE): blanks separate, '...' and "..."
//   group anywhere in a word, backslash escapes are C escapes; the first word may carry the
//   prefixes - @ : + ! (with '@' the second word is argv[0]); "%%" is a literal '%'.
// - start time (src/core/execute.c, src/basic/env-util.c replace_env_argv): unless the ':'
//   prefix forbids it, a word that is exactly $NAME becomes the words of NAME's value (split at
//   blanks, quotes removed; none when unset), and ${NAME} inside a word is replaced by the value
//   as it is (empty when unset); "$$" is a literal '$'.
// - the environment (execute.c exec_context_load_environment, load-fragment.c
//   config_parse_environ): Environment= assignments, then EnvironmentFile= files (model/
//   env_file.h) overriding them, in order.
// Other unit specifiers (%n, %i, ...) and a ';' word (a command separator in old systemd) are
// ParseErrors: what they stand for is not judged here.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/parse_error.h"

namespace oscapvirt::model {

struct ExecCommand {
    bool ignore_failure = false;  // '-'
    bool expand_environment = true;
    std::string path;
    std::vector<std::string> words;  // argv as written: argv[0] first
};

Parsed<ExecCommand> parse_exec_command(std::string_view value);

using Environment = std::map<std::string, std::string>;

// The argv systemd passes: `command.words` with the environment substituted.
std::vector<std::string> expand_exec_argv(const ExecCommand& command, const Environment& env);

// The assignments of one Environment= value (config_parse_environ): words, quotes removed and
// C escapes resolved, each NAME=VALUE; a word that is no valid assignment is ignored.
Parsed<Environment> parse_environment_setting(std::string_view value);

}  // namespace oscapvirt::model
