#pragma once
// The mount table as the kernel prints it in /proc/mounts (one mount per line:
// "source target fstype options dump pass", blanks in fields escaped as octal \040).
#include <string>
#include <string_view>
#include <vector>

#include "model/parse_error.h"

namespace oscapvirt::model {

struct Mount {
    std::string source;
    std::string target;  // absolute path of the mount point, unescaped
    std::string fstype;  // nfs, nfs4, cifs, fuse.sshfs ...
};

// A field with its \ooo octal escapes decoded (\040 is a space).
std::string unescape_octal(std::string_view field);

// Parses the whole table. Lines with fewer than three fields or a mount point that is not an
// absolute path are errors (with their 1-based line): a table we misread could hide an NFS mount.
Parsed<std::vector<Mount>> parse_proc_mounts(std::string_view text);

// The mount `path` lives on: the one with the longest mount point that contains it, the later
// of two on the same mount point (it hides the earlier). nullptr when nothing matches, which
// only happens for a relative path or an empty table.
const Mount* mount_of(const std::vector<Mount>& mounts, std::string_view path);

}  // namespace oscapvirt::model
