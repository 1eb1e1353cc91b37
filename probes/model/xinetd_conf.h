#pragma once
// xinetd's configuration files (/etc/xinetd.conf and what it includes) read as xinetd 2.3.15
// reads them (xinetd/parse.c: parse_conf_file, get_entry_type, get_service_entry, parse_entry,
// get_attribute, skip_entry, handle_include, handle_includedir; xinetd/confparse.c:
// cnf_get, remove_disabled_services; xinetd/parsers.c: disable_parser, server_parser):
// - lines whose first non-blank character is '#' and blank lines are skipped (next_line);
// - an entry is `service NAME` or `defaults`, its '{' and '}' each alone on a line; inside,
//   one `attribute = value...` (also += and -=) per line;
// - `include FILE` and `includedir DIR` at top level read other files in place; includedir
//   reads the directory's files in name order (C locale), skipping names that contain a '.'
//   or end in '~' (xinetd_includedir_reads);
// - a service is started unless it has `disable = yes`, is named in the defaults' `disabled`
//   list, or the defaults have an `enabled` list that does not name it (remove_disabled_services).
// Stricter than xinetd: a service entry without its braces, or an attribute line without an
// operator, is an error (xinetd skips the entry; a judge cannot tell what was meant).
#include <string>
#include <string_view>
#include <vector>

#include "model/parse_error.h"

namespace oscapvirt::model {

struct XinetdService {
    std::string name;
    int line = 0;          // of `service NAME`
    bool disable = false;  // disable = yes
    std::string server;    // server = PATH, empty when absent
    std::string id;        // id = ..., empty when absent (defaults to the name)
};

struct XinetdInclude {
    bool directory = false;  // includedir rather than include
    std::string path;
    int line = 0;
};

// One parsed file: its service entries, the defaults' enabled/disabled lists and the includes,
// each at its place (`order` gives the sequence: an include's files come in between).
struct XinetdFile {
    std::vector<XinetdService> services;
    std::vector<XinetdInclude> includes;
    std::vector<std::string> defaults_disabled;
    std::vector<std::string> defaults_enabled;
    bool has_enabled_list = false;  // `enabled` given in defaults (even if empty)
};

Parsed<XinetdFile> parse_xinetd_conf(std::string_view text);

// Whether includedir reads the file of that name.
bool xinetd_includedir_reads(std::string_view name);

// Whether xinetd starts a service, given the defaults' lists of every file read.
bool xinetd_service_started(const XinetdService& service, const std::vector<std::string>& disabled,
                            const std::vector<std::string>& enabled, bool has_enabled_list);

}  // namespace oscapvirt::model
