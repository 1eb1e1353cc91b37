#pragma once
// SELinux file contexts (contexts/files/file_contexts, .homedirs, .local) and the lookup that
// restorecon, matchpathcon and selabel_lookup make in them (libselinux 3.4,
// src/label_file.c init/process_file, src/label_file.h process_line, sort_specs,
// lookup_common, spec_hasMetaChars):
// - a line is REGEX [TYPE] CONTEXT, blank-separated, '#' comments; TYPE is -- (regular file),
//   -d, -c, -b, -s, -l or -p (fields after the third are ignored); another TYPE or a single
//   field is an error, and libselinux then refuses the whole set;
// - the files are loaded base, .homedirs, .local; specs without regex meta characters (exact
//   paths; a backslash escapes the next character) are moved after all others, keeping their
//   order, and the lookup takes the last spec, in that order, that matches: exact paths first,
//   then later files and later lines;
// - a spec matches when its TYPE is absent or equals the file's and the whole path matches
//   "^" REGEX "$" (PCRE2 there; std::regex ECMAScript here, a regex it cannot compile is an
//   error).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/parse_error.h"

namespace oscapvirt::model {

struct FileContextSpec {
    std::string regex;
    std::string file_type;  // "" (any), "--", "-d", ...
    std::string context;    // "<<none>>" or user:role:type[:range]
    std::string file;       // where it was read
    int line = 0;
};

// `file` names the source for the specs' `file`.
Parsed<std::vector<FileContextSpec>> parse_file_contexts(std::string_view text,
                                                         const std::string& file);

// The spec that labels `path` (a file of `file_type`, "--" for a regular file), from the specs
// of all files in load order; nullopt when none matches.
Parsed<std::optional<FileContextSpec>> lookup_file_context(
    const std::vector<FileContextSpec>& specs, std::string_view path, std::string_view file_type);

// The type field of a context ("system_u:object_r:bin_t:s0" -> "bin_t"); empty when none.
std::string context_type(std::string_view context);

}  // namespace oscapvirt::model
