#pragma once
// GLib key files (NetworkManager keyfiles, /etc/qemu-ga.conf) as g_key_file_load_from_data()
// reads them (glib/gkeyfile.c g_key_file_parse_line, _parse_group, _parse_key_value_pair and
// g_key_file_parse_value_as_string): leading blanks ignored, '#' comments, [group] headers,
// key=value with blanks around '=' dropped, escapes \s \n \t \r \\ in values. A line that is
// none of these, an invalid group or key name, an Encoding other than UTF-8 in the first group,
// or a key before the first group, makes the whole file unreadable to GLib. Translations
// (key[locale]) are kept for the C locale only. Proven against GLib itself
// (tests/differential/keyfile_diff.py).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/parse_error.h"

namespace oscapvirt::model {

struct KeyFileEntry {
    std::string group, key, raw_value;
    int line = 0;
};

struct KeyFile {
    std::vector<KeyFileEntry> entries;  // in file order
    // The value GLib returns for group/key: the last assignment wins; nullopt when absent.
    const KeyFileEntry* find(std::string_view group, std::string_view key) const;
};

Parsed<KeyFile> parse_keyfile(std::string_view text);

// g_key_file_get_string(): the value with escapes resolved; a ParseError for an invalid escape.
Parsed<std::string> keyfile_string(const KeyFileEntry& entry);

}  // namespace oscapvirt::model
