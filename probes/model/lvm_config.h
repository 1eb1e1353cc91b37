#pragma once
// LVM2's configuration grammar and how lvm2 2.03 reads its own configuration with it. Bytes in.
//
// The grammar is device_mapper/libdm-config.c (_get_token, _eat_space, _section, _value, _type,
// _find_or_make_node; dm_unescape_double_quotes in libdm-string.c): the same for metadata
// backups (model/lvm_metadata.h) and for /etc/lvm/lvm.conf. On top of it, for lvm.conf and
// lvmlocal.conf: the merge of the two files (lib/config/config.c merge_config_tree with
// CONFIG_MERGE_TYPE_TAGS, as lib/commands/toolcontext.c _merge_config_files calls it), settings
// found by path (dm_config_find_node), booleans and strings as dm_config_tree_find_bool/_str read
// them, and device filters as lib/filters/filter-regex.c and device_mapper/regex/parse_rx.c
// build them.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/parse_error.h"

namespace oscapvirt::model {

struct LvmConfigValue {
    enum class Type { Int, Float, String, EmptyArray } type = Type::String;
    std::string str;  // a string's text; a number's token as written
};

// A dm_config_node: a key with values (one, or an array's elements) or a section of children.
struct LvmConfigNode {
    std::string key;
    std::vector<LvmConfigValue> values;  // empty: a section
    std::vector<std::unique_ptr<LvmConfigNode>> children;

    bool is_section() const { return values.empty(); }
    const LvmConfigNode* child(std::string_view key) const;
    // dm_config_find_node(): '/'-separated segments, leading and doubled slashes skipped, the
    // first child of each name.
    const LvmConfigNode* find(std::string_view path) const;
};

// The whole file as a root section (empty key). A ParseError where libdm refuses the text. Within
// one file a key given twice keeps its last value; a section given twice is one section.
Parsed<LvmConfigNode> parse_lvm_config(std::string_view text);

// merge_config_tree(CONFIG_MERGE_TYPE_TAGS): `file` into `merged`, as lvm merges lvm.conf and
// then lvmlocal.conf into an empty tree. A top-level section new to `merged` is taken whole; for
// one already there only its direct settings count (replacing the old value; devices/filter,
// devices/types and activation/volume_list are joined, the new elements first), its subsections
// are ignored. Host tags are not modelled: see uses_host_tags().
void merge_lvm_config(LvmConfigNode& merged, LvmConfigNode&& file);

// A `tags` section, or a top-level section with a `tags` setting: lvm then loads
// lvm_<tag>.conf files and keeps or drops sections by the host's tags, which depend on its host
// name and tag settings at run time.
bool uses_host_tags(const LvmConfigNode& file);

// dm_config_tree_find_bool() on `path`: nullopt where lvm uses the built-in default (no such
// setting; a value that is neither an integer nor one of y/yes/on/true/n/no/off/false, without
// regard to case). A ParseError for a section: lvm dereferences the missing value and crashes.
Parsed<std::optional<bool>> lvm_config_bool(const LvmConfigNode& root, std::string_view path);

// dm_config_tree_find_str() on `path`: nullopt where lvm uses the default (no such setting, an
// empty string, a value that is not a string, a section).
std::optional<std::string> lvm_config_string(const LvmConfigNode& root, std::string_view path);

// lvm.conf as a distribution's build writes it (lvmconfig --type default --withcomments) records
// each built-in default as a commented setting: a line `# use_devicesfile = 1` says the build's
// default is 1 (Red Hat Enterprise Linux 9, Fedora). Not lvm's grammar: the text lvm ignores is
// the only record of a default compiled into the binary.
bool records_use_devicesfile_default_on(std::string_view lvm_conf);

struct LvmFilterPattern {
    bool accept = true;  // 'a' (accept) or 'r' (reject)
    std::string regex;   // between the delimiters
    std::string text;    // the whole entry, as written
};

// regex_filter_create() over a filter setting's node: each element a quoted string of 'a' or 'r',
// a delimiter ('(', '[' and '{' close with their pair), a regular expression, the closing
// delimiter; then every expression joined into one as dm_regex_create() joins them, parsed by
// parse_rx.c's grammar. A ParseError where lvm fails to create the filter, which fails every
// command; also where lvm would misbehave rather than fail (a range ending in DEL, bytes above
// 0x7f in a character class or after a backslash, an entry of fewer than three characters,
// expressions too long to judge safely): those messages start with kLvmFilterUndefined.
inline constexpr const char* kLvmFilterUndefined = "undefined in lvm: ";
Parsed<std::vector<LvmFilterPattern>> parse_lvm_filter(const LvmConfigNode& setting);

}  // namespace oscapvirt::model
