#pragma once
// Parser for libvirt's configuration-file grammar (qemu.conf, libvirtd.conf, virtqemud.conf ...).
//
// The grammar mirrors libvirt's own parser (src/util/virconf.c, flags = 0, which is how the
// daemons read these files), because an audit must see exactly what libvirt sees:
//   * settings are `name = value`; a name starts with an ASCII letter and continues with ASCII
//     letters, digits and '_';
//   * values are "double-quoted" or 'single-quoted' strings (one line, no escapes),
//     """triple-quoted""" strings (may span lines), optionally signed decimal integers, or
//     lists `[ "a", 'b', ]` that may span lines and end with a trailing comma;
//   * settings are separated by a newline or ';'; '#' starts a comment that runs to the end of
//     the line, either on a line of its own or after a value;
//   * "\r" counts as an end of line (so CRLF files parse like LF files) but only "\n" advances
//     the line counter, as in libvirt.
// Where libvirt's behaviour is surprising it is mirrored on purpose, so a file libvirt rejects is
// reported as a ParseError instead of being audited as if the daemon accepted it:
//   * a '#' comment inside a list is an error (virconf does not skip comments there);
//   * a file that is non-empty but holds only spaces/tabs/newlines is an error;
//   * a file larger than 10 MiB is an error (libvirt's read limit);
//   * a string value stops at its first NUL byte (libvirt copies values as C strings).
// Two deliberate differences: integers outside the range of long long are an error (libvirt
// silently wraps), and list items must be quoted strings (libvirt's parser accepts numbers and
// nested lists but every list-valued setting is read as a string list, which then fails).
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/parse_error.h"

namespace oscapvirt::model {

struct ConfValue {
    enum class Kind { String, Integer, List };
    Kind kind = Kind::String;
    std::string text;       // Kind::String
    long long integer = 0;  // Kind::Integer
    // Kind::Integer written with a leading '-': virconf types it VIR_CONF_LLONG (even "-0"),
    // every other number VIR_CONF_ULLONG, and its getters accept or refuse by that type.
    bool negative = false;
    std::vector<std::string> list;  // Kind::List (libvirt lists hold strings)
    int line = 0;                   // 1-based line where the setting's name stands
};

struct ConfEntry {
    std::string name;
    ConfValue value;
};

// "string", "integer" or "list": the words a check uses when it reports a type mismatch.
std::string_view kind_name(ConfValue::Kind kind);

// How a typed lookup went. WrongType and OutOfRange mean the setting IS present, so a check can
// report it instead of falling back to the default it would use for an absent setting.
enum class SettingState {
    Absent,      // no such setting in the file
    Present,     // present with the expected type; `value` holds it
    WrongType,   // present, but e.g. a string where an integer was expected
    OutOfRange,  // right type, value not allowed (e.g. a boolean other than 0 or 1)
};

template <typename T>
struct Setting {
    SettingState state = SettingState::Absent;
    T value{};                       // meaningful only when state == Present
    const ConfValue* raw = nullptr;  // the value libvirt would use; nullptr only when Absent
    std::string_view expected;       // e.g. "integer", for messages

    bool present() const { return state == SettingState::Present; }
    bool absent() const { return state == SettingState::Absent; }
    // Present but unusable (wrong type or out of range).
    bool invalid() const { return !present() && !absent(); }
};

// A one-line reason for an invalid setting, e.g. `spice_tls is a string, expected integer`;
// empty when the setting is present and valid, or absent.
std::string describe_problem(std::string_view name, SettingState state, const ConfValue* raw,
                             std::string_view expected);

template <typename T>
std::string describe_problem(std::string_view name, const Setting<T>& setting) {
    return describe_problem(name, setting.state, setting.raw, setting.expected);
}

class ConfFile {
   public:
    ConfFile() = default;
    explicit ConfFile(std::vector<ConfEntry> entries) : entries_(std::move(entries)) {}

    // The value that libvirt itself would use for `name`, or nullptr.
    // virConfGetValue walks the entries from the top and returns the first match, so when a
    // setting is assigned several times the FIRST assignment wins and later ones are ignored.
    // Names are compared case-sensitively, as libvirt does for these files.
    const ConfValue* find(std::string_view name) const;

    // Every setting in file order, duplicates included (comments are not kept).
    const std::vector<ConfEntry>& entries() const { return entries_; }

    // Typed lookups of the value find() returns.
    Setting<long long> integer(std::string_view name) const;
    Setting<std::string> string(std::string_view name) const;
    Setting<std::vector<std::string>> list(std::string_view name) const;
    // Like libvirt's string-list reader with compatString: a single string counts as a
    // one-item list (e.g. qemu.conf's security_driver accepts "selinux" or ["selinux", "dac"]).
    Setting<std::vector<std::string>> string_or_list(std::string_view name) const;
    // The typed getters of libvirt's src/util/virconf.c, with their type rules:
    // virConfGetValueBool: an unsigned number (no '-', "+1" is fine) that is 0 or 1; "-0" and
    // "-1" are WrongType, 2 is OutOfRange.
    Setting<bool> boolean(std::string_view name) const;
    // virConfGetValueUInt: an unsigned number up to UINT_MAX (e.g. audit_level, migration ports).
    Setting<long long> unsigned_int(std::string_view name) const;
    // virConfGetValueInt: any number from INT_MIN to INT_MAX (e.g. seccomp_sandbox).
    Setting<long long> signed_int(std::string_view name) const;

    // Convenience for checks that only care about well-typed values: nullopt when absent or
    // invalid. Use the Setting-returning forms to tell those two apart.
    std::optional<long long> integer_or_none(std::string_view name) const;
    std::optional<std::string> string_or_none(std::string_view name) const;

   private:
    std::vector<ConfEntry> entries_;
};

// Parses the whole text of one configuration file. Never throws; any input (NUL bytes, invalid
// UTF-8, huge lines) yields either the settings or a ParseError with the 1-based line of the
// problem. An unclosed list or triple-quoted string is reported at the line where it opens;
// line 0 means the whole file (the size limit).
Parsed<ConfFile> parse_libvirt_conf(std::string_view text);

}  // namespace oscapvirt::model
