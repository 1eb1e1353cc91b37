#pragma once
// /etc/fstab as util-linux libmount reads it (libmount/src/tab_parse.c mnt_parse_table_line,
// mnt_table_parse_next; utils.c mnt_valid_tagname) and /etc/crypttab as systemd 252's
// systemd-cryptsetup-generator reads it (add_crypttab_devices; fstab-util.c
// fstab_node_to_udev_node). Bytes in.
#include <string>
#include <string_view>
#include <vector>

namespace oscapvirt::model {

struct FstabEntry {
    std::string source;  // as libmount keeps it ("LABEL=root", "/dev/sda1"), \ooo escapes resolved
    std::string target;
    std::string fstype;   // third field, \ooo escapes resolved
    std::string options;  // fourth field; empty when absent (libmount then uses "defaults")
    int line = 0;
};

struct Fstab {
    std::vector<FstabEntry> entries;
    std::vector<int> ignored_lines;  // lines libmount reports as parse errors and skips
};

// Blank lines and lines whose first non-blank is '#' are comments; fields are separated by
// blanks, \ooo is an octal escape; a line with fewer than three fields is ignored.
Fstab parse_fstab(std::string_view text);

struct CrypttabEntry {
    std::string name;
    std::string device;  // as written (second field)
    int line = 0;
};

struct Crypttab {
    std::vector<CrypttabEntry> entries;
    std::vector<int> ignored_lines;  // fewer than two fields
};

// Each line stripped; empty and '#' lines skipped; blank-separated fields (no quoting), at least
// two, a fifth and later ignored.
Crypttab parse_crypttab(std::string_view text);

// The device node a source names (fstab_node_to_udev_node): LABEL=, UUID=, PARTUUID=,
// PARTLABEL= (exact case) become /dev/disk/by-label/... etc.; anything else stays as it is.
std::string device_node(std::string_view source);

// True when a source names its device by filesystem or partition label: a LABEL= or PARTLABEL=
// tag, or a path under /dev/disk/by-label or /dev/disk/by-partlabel ("//" and "." collapsed).
bool names_device_by_label(std::string_view source);

}  // namespace oscapvirt::model
